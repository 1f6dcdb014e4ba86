package io.gongkai.disclosure.item;

import io.gongkai.disclosure.platform.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;

/** The Atom feed of the newest published public items (RFC 4287), every text XML-escaped. */
@ApplicationScoped
public class AtomFeed {

    private final DataSource dataSource;

    public AtomFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String render(String baseUrl, int size) {
        StringBuilder entries = new StringBuilder();
        OffsetDateTime newest = null;
        String sql = "SELECT i.id, i.title, i.summary, i.published_at, i.updated_at, i.category, i.unit, "
                + "(SELECT p.url FROM item_posting p WHERE p.item_id = i.id AND p.url IS NOT NULL ORDER BY p.posted_at, p.channel LIMIT 1) "
                + "FROM item i WHERE i.status = 'PUBLISHED' AND i.audience = 'PUBLIC' ORDER BY i.listed_at DESC, i.id DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    OffsetDateTime published = ItemState.normalize(rs.getObject(4, OffsetDateTime.class));
                    OffsetDateTime updated = ItemState.normalize(rs.getObject(5, OffsetDateTime.class));
                    if (newest == null || updated.isAfter(newest)) {
                        newest = updated;
                    }
                    String self = baseUrl + "/api/v1/items/" + id;
                    String link = rs.getString(8) != null ? rs.getString(8) : self;
                    entries.append("  <entry>\n")
                            .append("    <id>urn:uuid:").append(id).append("</id>\n")
                            .append("    <title>").append(escape(rs.getString(2))).append("</title>\n")
                            .append("    <link rel=\"alternate\" href=\"").append(escape(link)).append("\"/>\n")
                            .append("    <link rel=\"related\" type=\"application/json\" href=\"").append(escape(self)).append("\"/>\n")
                            .append("    <published>").append(published).append("</published>\n")
                            .append("    <updated>").append(updated).append("</updated>\n")
                            .append("    <author><name>").append(escape(rs.getString(7))).append("</name></author>\n");
                    int category = rs.getInt(6);
                    if (!rs.wasNull()) {
                        entries.append("    <category term=\"").append(category).append("\"/>\n");
                    }
                    if (rs.getString(3) != null) {
                        entries.append("    <summary>").append(escape(rs.getString(3))).append("</summary>\n");
                    }
                    entries.append("  </entry>\n");
                }
            }
        } catch (SQLException e) {
            throw Jdbc.wrap(e);
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <id>" + escape(baseUrl) + "/api/v1/items/feed.atom</id>\n"
                + "  <title>信息公开 最新公开信息</title>\n"
                + "  <link rel=\"self\" href=\"" + escape(baseUrl) + "/api/v1/items/feed.atom\"/>\n"
                + "  <updated>" + (newest != null ? newest : OffsetDateTime.parse("2000-01-01T00:00:00+08:00")) + "</updated>\n"
                + entries
                + "</feed>\n";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
