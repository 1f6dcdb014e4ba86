package io.gongkai.disclosure.item;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** PostgreSQL's limits: the highest word position, and the positions it keeps of one lexeme. */
    static final int MAX_POSITION = 16_383;
    static final int MAX_POSITIONS_PER_PART = 255;
    static final int MAX_POSITIONS = 256;

    private Bigrams() {
    }

    /** Tokens of a text to index, space-separated, in order of appearance (duplicates kept). */
    static String indexTokens(String text) {
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
     * The search vector of an item as a tsvector literal: the tokens of the title (weight A), the summary
     * (B) and the body text (D), numbered as {@code setweight(to_tsvector('simple', tokens), w)} numbers
     * them and joined as {@code ||} joins vectors (each part's positions follow the highest before it).
     * PostgreSQL parses this literal in about a fifth of the time to_tsvector takes over the same tokens,
     * and a push writes hundreds of items per transaction.
     */
    public static String searchVector(String title, String summary, String body) {
        int chars = (title == null ? 0 : title.length()) + (summary == null ? 0 : summary.length())
                + (body == null ? 0 : Math.min(body.length(), MAX_CHARS));
        Map<String, Positions> lexemes = new HashMap<>(Math.max(16, chars * 2)); // sized once: no rehashing
        int offset = 0;
        offset = add(lexemes, title, 'A', offset);
        offset = add(lexemes, summary, 'B', offset);
        add(lexemes, body, 'D', offset);
        StringBuilder out = new StringBuilder(lexemes.size() * 16);
        lexemes.forEach((lexeme, positions) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            quote(out, lexeme);
            out.append(':').append(positions.text);
        });
        return out.toString();
    }

    /** A lexeme in quotes, as tsvector and tsquery literals take it; tokens hold no quote, but who knows. */
    private static void quote(StringBuilder out, String lexeme) {
        out.append('\'');
        for (int k = 0; k < lexeme.length(); k++) {
            char ch = lexeme.charAt(k);
            if (ch == '\'' || ch == '\\') {
                out.append(ch);
            }
            out.append(ch);
        }
        out.append('\'');
    }

    /** Adds the tokens of one part after {@code offset}; answers the highest position now in the vector. */
    private static int add(Map<String, Positions> lexemes, String text, char weight, int offset) {
        if (text == null || text.isEmpty()) {
            return offset;
        }
        int[] ordinal = {0};
        int[] highest = {offset};
        scan(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, (token, single) -> {
            int position = Math.min(Math.min(++ordinal[0], MAX_POSITION) + offset, MAX_POSITION);
            if (lexemes.computeIfAbsent(token, t -> new Positions()).add(position, weight)) {
                highest[0] = Math.max(highest[0], position);
            }
        }, true);
        return highest[0];
    }

    /**
     * The positions of one lexeme, as the literal writes them ("3A,17D"). Like PostgreSQL, at most 255
     * from one part (to_tsvector's limit) and 256 in all (the limit of ||).
     */
    private static final class Positions {
        final StringBuilder text = new StringBuilder(8);
        int count;
        int last;
        char part;
        int countInPart;

        boolean add(int position, char weight) {
            if (weight != part) {
                part = weight;
                countInPart = 0;
            }
            if (countInPart == MAX_POSITIONS_PER_PART || count == MAX_POSITIONS || position == last) {
                return false;
            }
            if (count > 0) {
                text.append(',');
            }
            text.append(position).append(weight);
            count++;
            countInPart++;
            last = position;
            return true;
        }
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

    /**
     * A tsquery literal ("'招生' &amp; '生章'", "'年':*"), optionally restricted to one weight such as A. Like
     * the vector, it is taken as it is (no PostgreSQL parser in between), so both hold the same tokens.
     */
    public static String tsquery(List<Term> terms, String weight) {
        StringBuilder out = new StringBuilder();
        for (Term term : terms) {
            if (!out.isEmpty()) {
                out.append(" & ");
            }
            quote(out, term.text());
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
                // a run of CJK characters: each character with the next one, then the last one alone
                int start = i;
                int previous = -1;
                while (i < n && isCjk(cp = text.codePointAt(i))) {
                    if (previous >= 0) {
                        sink.accept(text.substring(previous, i + Character.charCount(cp)), false);
                    }
                    previous = i;
                    i += Character.charCount(cp);
                }
                if (previous == start || indexing) {
                    sink.accept(text.substring(previous, i), true);
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
        // the common cases first: nothing below Hangul Jamo is CJK, nor general punctuation, the CJK
        // brackets and marks, or the full-width punctuation and digits; the main Han block is
        // (BigramsTest compares this with Character.UnicodeScript for every code point)
        if (cp < 0x1100 || cp >= 0x2000 && cp <= 0x206F || cp >= 0x3000 && cp <= 0x3004 || cp >= 0x3008 && cp <= 0x3020
                || cp >= 0xFF01 && cp <= 0xFF20) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FEF) {
            return true;
        }
        return isCjkScript(cp);
    }

    static boolean isCjkScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
