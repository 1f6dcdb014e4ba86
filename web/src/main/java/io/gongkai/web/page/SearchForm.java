package io.gongkai.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A search as the visitor asked it; each change gives a link that can be shared and bookmarked. */
public record SearchForm(String q, Integer category, String checklistItem, String unit, String channel, Integer year,
                         String cursor) {

    public SearchForm withCategory(Integer value) {
        return new SearchForm(q, value, checklistItem, unit, channel, year, null);
    }

    public SearchForm withUnit(String value) {
        return new SearchForm(q, category, checklistItem, value, channel, year, null);
    }

    public SearchForm withChannel(String value) {
        return new SearchForm(q, category, checklistItem, unit, value, year, null);
    }

    public SearchForm withYear(Integer value) {
        return new SearchForm(q, category, checklistItem, unit, channel, value, null);
    }

    public SearchForm withCursor(String value) {
        return new SearchForm(q, category, checklistItem, unit, channel, year, value);
    }

    /** The same words without any narrowing. */
    public SearchForm cleared() {
        return new SearchForm(q, null, null, null, null, null, null);
    }

    /** Whether anything narrows the search (so the page offers to clear it). */
    public boolean narrowed() {
        return category != null || checklistItem != null || unit != null || channel != null || year != null;
    }

    public String link() {
        StringBuilder link = new StringBuilder("/search");
        char sep = '?';
        for (String[] p : new String[][] {{"q", q}, {"category", str(category)}, {"checklistItem", checklistItem},
                {"unit", unit}, {"channel", channel}, {"year", str(year)}, {"cursor", cursor}}) {
            if (p[1] != null) {
                link.append(sep).append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return link.toString();
    }

    private static String str(Integer i) {
        return i == null ? null : i.toString();
    }
}
