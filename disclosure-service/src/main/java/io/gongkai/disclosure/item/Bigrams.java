package io.gongkai.disclosure.item;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of Chinese full-text search without a word segmenter: every run of CJK characters
 * becomes its overlapping character bigrams (招生章程 → 招生 生章 章程) plus its last character alone, so
 * that a one-character query can match as a prefix; runs of Latin letters and digits become
 * lower-case words. Index and query use the same tokens, computed here rather than in SQL.
 */
public final class Bigrams {

    /** Only so much of a long body is indexed. */
    public static final int MAX_CHARS = 20_000;

    private Bigrams() {
    }

    /** Tokens of a text to index, space-separated, in order of appearance (duplicates kept). */
    public static String indexTokens(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) * 3);
        scan(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, (token, single) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token);
        }, true);
        return out.toString();
    }

    /**
     * The query of a search string: distinct terms, each a bigram, a Latin word, or a single CJK
     * character that stands alone (matched as a prefix of the indexed bigrams).
     */
    public static List<Term> queryTerms(String query) {
        Set<Term> terms = new LinkedHashSet<>();
        if (query != null) {
            scan(query.length() > 200 ? query.substring(0, 200) : query,
                    (token, single) -> terms.add(new Term(token, single)), false);
        }
        return new ArrayList<>(terms);
    }

    /** A tsquery text ("招生 &amp; 生章", "年:*"), optionally restricted to one weight such as A. */
    public static String tsquery(List<Term> terms, String weight) {
        StringBuilder out = new StringBuilder();
        for (Term term : terms) {
            if (!out.isEmpty()) {
                out.append(" & ");
            }
            out.append(term.text());
            if (term.prefix() || weight != null) {
                out.append(':');
                if (term.prefix()) {
                    out.append('*');
                }
                if (weight != null) {
                    out.append(weight);
                }
            }
        }
        return out.toString();
    }

    /** One query term; a prefix term is a lone CJK character. */
    public record Term(String text, boolean prefix) {
    }

    private interface Sink {
        void accept(String token, boolean single);
    }

    private static void scan(String text, Sink sink, boolean indexing) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                List<String> run = new ArrayList<>();
                while (i < n && isCjk(cp = text.codePointAt(i))) {
                    run.add(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                }
                if (run.size() == 1) {
                    sink.accept(run.get(0), true);
                } else {
                    for (int k = 0; k + 1 < run.size(); k++) {
                        sink.accept(run.get(k) + run.get(k + 1), false);
                    }
                    if (indexing) {
                        sink.accept(run.get(run.size() - 1), true);
                    }
                }
            } else if (Character.isLetterOrDigit(cp)) {
                StringBuilder word = new StringBuilder();
                while (i < n && Character.isLetterOrDigit(cp = text.codePointAt(i)) && !isCjk(cp)) {
                    word.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
                String lower = word.toString().toLowerCase(Locale.ROOT);
                sink.accept(lower.length() > 60 ? lower.substring(0, 60) : lower, false);
            } else {
                i += Character.charCount(cp);
            }
        }
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
