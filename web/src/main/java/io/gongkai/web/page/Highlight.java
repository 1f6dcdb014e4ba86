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
        // lower case can change a text's length (İ becomes i + a combining dot): match on the folded text and map each
        // match back to whole code points of the original, so a mark never splits a character
        Folded folded = Folded.of(text);
        StringBuilder out = new StringBuilder();
        int f = 0;
        int copied = 0;
        while (f < folded.text.length()) {
            String found = null;
            if (folded.startsCodePoint(f)) {
                for (String term : terms) {
                    if (folded.text.startsWith(term, f) && folded.startsCodePoint(f + term.length())) {
                        found = term;
                        break;
                    }
                }
            }
            if (found == null) {
                f++;
                continue;
            }
            int from = folded.origin(f);
            int to = folded.origin(f + found.length());
            out.append(escape(text.substring(copied, from))).append("<mark>").append(escape(text.substring(from, to))).append("</mark>");
            copied = to;
            f += found.length();
        }
        out.append(escape(text.substring(copied)));
        return new RawString(out.toString());
    }

    /** The query's words, folded as the text is, longest first so that a longer match wins. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        for (String t : Folded.of(query).text.split("[\\s\\p{Punct}　，。、；：]+")) {
            if (!t.isBlank() && !terms.contains(t)) {
                terms.add(t);
            }
        }
        terms.sort(Comparator.comparingInt(String::length).reversed());
        return terms;
    }

    /** A text lower-cased one code point at a time, with where each folded char came from in the original. */
    private record Folded(String text, int[] origins, boolean[] starts, int length) {

        static Folded of(String original) {
            StringBuilder folded = new StringBuilder(original.length());
            List<Integer> origins = new ArrayList<>(original.length());
            List<Boolean> starts = new ArrayList<>(original.length());
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
                for (int k = 0; k < lower.length(); k++) {
                    origins.add(i);
                    starts.add(k == 0);
                }
                folded.append(lower);
                i += Character.charCount(cp);
            }
            int[] o = origins.stream().mapToInt(Integer::intValue).toArray();
            boolean[] s = new boolean[starts.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = starts.get(k);
            }
            return new Folded(folded.toString(), o, s, original.length());
        }

        /** Whether folded position {@code f} begins the lower case of an original code point (or is the end). */
        boolean startsCodePoint(int f) {
            return f >= text.length() || starts[f];
        }

        /** The original index of folded position {@code f} (a code point's start), or the original's length at the end. */
        int origin(int f) {
            return f >= text.length() ? length : origins[f];
        }
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
