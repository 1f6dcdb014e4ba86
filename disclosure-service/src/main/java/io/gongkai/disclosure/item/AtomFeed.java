package io.gongkai.disclosure.item;

import io.gongkai.commons.database.JdbcFailure;
import io.gongkai.commons.web.PublicLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom feed (RFC 4287) of the public items, the latest change first: an entry's {@code updated} is the item's
 * change time, and a public item that was withdrawn is an RFC 6721 tombstone ({@code at:deleted-entry}) instead of
 * vanishing, so that a feed reader drops it.
 */
@ApplicationScoped
public class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    private static final OffsetDateTime NOTHING_YET = OffsetDateTime.parse("2000-01-01T00:00:00+08:00");
    private static final String SQL = "SELECT i.id, i.title, i.summary, i.published_at, i.updated_at, i.category, i.unit, "
            + "(SELECT p.url FROM item_posting p WHERE p.item_id = i.id AND p.url IS NOT NULL ORDER BY p.posted_at, p.channel LIMIT 1), "
            + "i.status, i.withdrawn_at "
            + "FROM item i WHERE i.audience = 'PUBLIC' AND (i.status = 'PUBLISHED' "
            + "OR (i.status = 'WITHDRAWN' AND i.published_at IS NOT NULL AND i.withdrawn_at IS NOT NULL)) "
            + "ORDER BY i.updated_at DESC, i.id DESC LIMIT ?";

    private final DataSource dataSource;
    private final PublicLinks links;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public AtomFeed(DataSource dataSource, PublicLinks links) {
        this.dataSource = dataSource;
        this.links = links;
    }

    private record Entry(UUID id, String title, String summary, OffsetDateTime published, OffsetDateTime updated,
                         Integer category, String unit, String url, OffsetDateTime withdrawn) {
    }

    /** The document and the time of its latest change (its Last-Modified). */
    public record Rendered(byte[] xml, OffsetDateTime updated) {
    }

    /** The feed, its links and ids under the configured public base URL (never the caller's Host). */
    public Rendered render(int size) {
        List<Entry> entries = latest(size);
        String root = links.root() + "/";
        String self = root + "api/v1/items/feed.atom";
        OffsetDateTime newest = entries.stream().map(Entry::updated).max(OffsetDateTime::compareTo).orElse(NOTHING_YET);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeNamespace("at", TOMBSTONES);
            element(w, "id", self);
            element(w, "title", "信息公开 最新公开信息");
            link(w, "self", null, self);
            element(w, "updated", newest.toString());
            for (Entry e : entries) {
                String api = root + "api/v1/items/" + e.id();
                if (e.withdrawn() != null) {
                    w.writeStartElement(TOMBSTONES, "deleted-entry");
                    w.writeAttribute("ref", "urn:uuid:" + e.id());
                    w.writeAttribute("when", e.withdrawn().toString());
                    w.writeEndElement();
                    continue;
                }
                w.writeStartElement("entry");
                element(w, "id", "urn:uuid:" + e.id());
                element(w, "title", e.title());
                link(w, "alternate", null, e.url() != null ? e.url() : api);
                link(w, "related", "application/json", api);
                element(w, "published", e.published().toString());
                element(w, "updated", e.updated().toString());
                w.writeStartElement("author");
                element(w, "name", e.unit());
                w.writeEndElement();
                if (e.category() != null) {
                    w.writeEmptyElement("category");
                    w.writeAttribute("term", e.category().toString());
                }
                if (e.summary() != null) {
                    element(w, "summary", e.summary());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return new Rendered(out.toByteArray(), newest);
    }

    private List<Entry> latest(int size) {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setInt(1, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int category = rs.getInt(6);
                    Integer maybeCategory = rs.wasNull() ? null : category;
                    boolean withdrawn = "WITHDRAWN".equals(rs.getString(9));
                    entries.add(new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            ItemState.normalize(rs.getObject(4, OffsetDateTime.class)),
                            ItemState.normalize(rs.getObject(5, OffsetDateTime.class)), maybeCategory, rs.getString(7),
                            rs.getString(8), withdrawn ? ItemState.normalize(rs.getObject(10, OffsetDateTime.class)) : null));
                }
            }
        } catch (SQLException e) {
            throw JdbcFailure.wrap(e);
        }
        return entries;
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(xmlText(text));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        if (type != null) {
            w.writeAttribute("type", type);
        }
        w.writeAttribute("href", xmlText(href));
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they are left out. */
    private static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean allowed = ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r';
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }
}
