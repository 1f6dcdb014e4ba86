package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report (academic) years the column offers: 1 Sep Y-1 .. 31 Aug Y is year Y. A page opens on the latest ended
 * year that has published items (a year in progress looks empty and half-done), and names a year in progress as such.
 */
@ApplicationScoped
public class Years {

    static final int FIRST_YEAR = 2020;

    private final PublicReads reads;

    public Years(PublicReads reads) {
        this.reads = reads;
    }

    /** A report year of a year selector. */
    public record YearLink(int year, String label, boolean current) {
    }

    /** The report year a day belongs to. */
    static int of(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() + 1 : day.getYear();
    }

    /** The year in progress today. */
    static int inProgress() {
        return of(LocalDate.now(ColumnPages.ZONE));
    }

    /** "2021—2022学年" for report year 2022. */
    static String label(int year) {
        return (year - 1) + "—" + year + "学年";
    }

    /** The year a page opens on: the latest ended year with published items, else the year in progress. */
    int latestWithData() {
        int now = inProgress();
        ApiViews.ItemPage page = reads.searchItems(null, null, null, null, null, null, null, 1, true);
        Map<String, Long> byYear = page.facets() == null ? null : page.facets().year();
        TreeSet<Integer> years = new TreeSet<>();
        if (byYear != null) {
            byYear.forEach((y, count) -> {
                if (y.matches("\\d{4}") && count > 0 && Integer.parseInt(y) < now) {
                    years.add(Integer.parseInt(y));
                }
            });
        }
        return years.isEmpty() ? now : years.last();
    }

    /** The selector, newest first, with {@code shown} marked and the year in progress named as such. */
    static List<YearLink> links(int shown) {
        List<YearLink> links = new ArrayList<>();
        int now = inProgress();
        for (int y = now; y >= FIRST_YEAR; y--) {
            links.add(new YearLink(y, label(y) + (y == now ? "（进行中）" : ""), y == shown));
        }
        return links;
    }
}
