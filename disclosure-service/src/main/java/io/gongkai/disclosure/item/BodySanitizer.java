package io.gongkai.disclosure.item;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    public static String sanitize(String body) {
        if (body == null) {
            return null;
        }
        return Jsoup.clean(body, "", SAFELIST, OUTPUT);
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
