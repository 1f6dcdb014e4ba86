package io.gongkai.web.page;

import io.quarkus.qute.RawString;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Marks the searched terms in a text for a results page: the text is escaped first, so only {@code <mark>} is markup. */
public final class Highlight {

    private Highlight() {
    }

    public static RawString mark(String text, String query) {
        if (text == null) {
            return new RawString("");
        }
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return new RawString(escape(text));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String found = null;
            for (String term : terms) {
                if (lower.startsWith(term, i)) {
                    found = term;
                    break;
                }
            }
            if (found == null) {
                out.append(escape(text.substring(i, i + 1)));
                i++;
            } else {
                out.append("<mark>").append(escape(text.substring(i, i + found.length()))).append("</mark>");
                i += found.length();
            }
        }
        return new RawString(out.toString());
    }

    /** The query's words, longest first so that a longer match wins. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        for (String t : query.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}　，。、；：]+")) {
            if (!t.isBlank() && !terms.contains(t)) {
                terms.add(t);
            }
        }
        terms.sort(Comparator.comparingInt(String::length).reversed());
        return terms;
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
