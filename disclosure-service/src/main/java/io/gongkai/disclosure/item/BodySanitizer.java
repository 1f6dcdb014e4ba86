package io.gongkai.disclosure.item;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Item bodies may be HTML: they keep the formatting of jsoup's relaxed safelist (paragraphs, lists,
 * tables, links, images) and lose everything that runs (script, event handlers, javascript: links).
 */
public final class BodySanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private BodySanitizer() {
    }

    /** A sanitised body and its text (for the search index), from one parse. */
    public record Sanitized(String html, String text) {
    }

    /** As {@link Jsoup#clean(String, String, Safelist, Document.OutputSettings)} does, keeping the document for its text. */
    public static Sanitized sanitizeWithText(String body) {
        if (body == null) {
            return null;
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(body, ""));
        clean.outputSettings(OUTPUT);
        return new Sanitized(clean.body().html(), clean.body().text());
    }

    /** The text of a (sanitised) body, for the search index. */
    public static String text(String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        if (body.indexOf('<') < 0 && body.indexOf('&') < 0) {
            return body;
        }
        return Jsoup.parse(body).text();
    }
}
