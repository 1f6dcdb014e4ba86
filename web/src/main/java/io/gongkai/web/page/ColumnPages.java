package io.gongkai.web.page;

import io.gongkai.web.api.ApiViews;
import io.gongkai.web.api.PublicReads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of the column that read published items: home, the checklist catalogue (the report annex, live),
 * search and an item. Each page is rendered on the server from the public API; links and forms work without
 * JavaScript.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ColumnPages {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int PAGE_SIZE = 20;
    static final int FIRST_YEAR = Years.FIRST_YEAR;

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance home(Names.Snapshot names, List<ApiViews.ItemSummary> newest,
                                            List<CategoryCount> categories);

        static native TemplateInstance catalog(Names.Snapshot names, ApiViews.Coverage coverage, String period,
                                               boolean inProgress, List<CatalogGroup> groups, List<Years.YearLink> years);

        static native TemplateInstance search(Names.Snapshot names, SearchForm form, ApiViews.ItemPage page,
                                              List<FacetGroup> facets, List<String> filters, String nextLink);

        static native TemplateInstance item(Names.Snapshot names, ApiViews.Item item);

        static native TemplateInstance entry(Names.Snapshot names, ApiViews.CoverageEntry entry, String period, int year,
                                             List<ApiViews.ItemSummary> items, String moreLink);
    }

    /** A checklist category and how many published items it has. */
    public record CategoryCount(int no, String name, long count) {
    }

    /** A facet value with its count and the search link that narrows to it (none for a value the API cannot filter on). */
    public record Facet(String label, long count, String link, boolean chosen) {
    }

    /** The values of one facet (category, unit, channel, year). */
    public record FacetGroup(String name, List<Facet> values) {
    }

    /** The checklist items of one category, as the catalogue lists them. */
    public record CatalogGroup(String title, List<ApiViews.CoverageEntry> entries) {
    }

    private final PublicReads reads;
    private final Names names;
    private final Years years;

    public ColumnPages(PublicReads reads, Names names, Years years) {
        this.reads = reads;
        this.names = names;
        this.years = years;
    }

    @GET
    public TemplateInstance home() {
        Names.Snapshot n = names.current();
        ApiViews.ItemPage newest = reads.searchItems(null, null, null, null, null, null, null, 10, true);
        Map<String, Long> counts = newest.facets() == null || newest.facets().category() == null
                ? Map.of() : newest.facets().category();
        List<CategoryCount> categories = new ArrayList<>();
        n.categories().forEach((no, name) -> categories.add(new CategoryCount(no, name, counts.getOrDefault(String.valueOf(no), 0L))));
        return Templates.home(n, newest.items(), categories);
    }

    @GET
    @Path("catalog")
    public TemplateInstance catalog(@QueryParam("year") String yearText) {
        Integer year = number("year", "学年", yearText);
        Names.Snapshot n = names.current();
        int shown = year != null ? year : years.latestWithData();
        ApiViews.Coverage coverage = reads.coverage(shown);
        Map<String, List<ApiViews.CoverageEntry>> byCategory = new LinkedHashMap<>();
        for (ApiViews.CoverageEntry e : coverage.entries()) {
            byCategory.computeIfAbsent(e.category() + "、" + e.categoryName(), k -> new ArrayList<>()).add(e);
        }
        List<CatalogGroup> groups = new ArrayList<>();
        byCategory.forEach((title, entries) -> groups.add(new CatalogGroup(title, entries)));
        return Templates.catalog(n, coverage, yearLabel(shown), shown == Years.inProgress(), groups, Years.links(shown));
    }

    /** "2021—2022学年" for report year 2022. */
    static String yearLabel(int year) {
        return Years.label(year);
    }

    /** One checklist entry of a report year: whether and where it is published, by whom, and its items. */
    @GET
    @Path("catalog/{itemNo}")
    public TemplateInstance entry(@jakarta.ws.rs.PathParam("itemNo") String itemNo, @QueryParam("year") String yearText) {
        if (!itemNo.matches("\\d{1,3}")) {
            throw new PageProblem(404, "没有该清单事项", "清单事项的序号是数字，例如 7。请从信息公开目录选择。");
        }
        Integer year = number("year", "学年", yearText);
        int shown = year != null ? year : years.latestWithData();
        Names.Snapshot n = names.current();
        ApiViews.CoverageEntry entry = reads.coverage(shown).entries().stream().filter(e -> e.itemNo().equals(itemNo)).findFirst()
                .orElseThrow(() -> new PageProblem(404, "没有该清单事项", "清单中没有第 " + itemNo + " 项。请从信息公开目录选择。"));
        ApiViews.ItemPage page = reads.searchItems(null, null, itemNo, null, null, shown, null, PAGE_SIZE, false);
        String more = page.nextCursor() == null ? null
                : new SearchForm(null, null, itemNo, null, null, shown, null).link();
        return Templates.entry(n, entry, yearLabel(shown), shown, page.items(), more);
    }

    @GET
    @Path("search")
    public TemplateInstance search(@QueryParam("q") String q, @QueryParam("category") String category,
                                   @QueryParam("checklistItem") String checklistItem, @QueryParam("unit") String unit,
                                   @QueryParam("channel") String channel, @QueryParam("year") String year,
                                   @QueryParam("cursor") String cursor) {
        SearchForm form = new SearchForm(blankToNull(q), number("category", "类别", category), blankToNull(checklistItem),
                blankToNull(unit), blankToNull(channel), number("year", "学年", year), blankToNull(cursor));
        Names.Snapshot n = names.current();
        ApiViews.ItemPage page = reads.searchItems(form.q(), form.category(), form.checklistItem(), form.unit(),
                form.channel(), form.year(), form.cursor(), PAGE_SIZE, true);
        return Templates.search(n, form, page, facets(form, page.facets(), n), filters(form, n),
                page.nextCursor() == null ? null : form.withCursor(page.nextCursor()).link());
    }

    @GET
    @Path("items/{id}")
    public TemplateInstance item(@PathParam("id") String id) {
        if (!id.matches("[0-9a-fA-F-]{36}")) {
            throw new PageProblem(404, "未找到该信息", "链接中的信息编号不正确。请从目录或搜索重新查找。");
        }
        Names.Snapshot n = names.current();
        return Templates.item(n, reads.item(id));
    }

    /** The report (academic) year a day belongs to: 1 Sep Y-1 .. 31 Aug Y is year Y. */
    static int reportYear(LocalDate day) {
        return Years.of(day);
    }

    /** What narrows a search, by name ("类别：招生考试信息"), so the page says which filter is on. */
    static List<String> filters(SearchForm form, Names.Snapshot n) {
        List<String> filters = new ArrayList<>();
        if (form.category() != null) {
            filters.add("类别：" + n.category(form.category()));
        }
        if (form.checklistItem() != null) {
            filters.add("清单事项：第 " + form.checklistItem() + " 项");
        }
        if (form.unit() != null) {
            filters.add("责任单位：" + n.unit(form.unit()));
        }
        if (form.channel() != null) {
            filters.add("公开渠道：" + n.channel(form.channel()));
        }
        if (form.year() != null) {
            filters.add("学年：" + yearLabel(form.year()));
        }
        return filters;
    }

    private static List<FacetGroup> facets(SearchForm form, ApiViews.Facets facets, Names.Snapshot n) {
        List<FacetGroup> groups = new ArrayList<>();
        if (facets == null) {
            return groups;
        }
        List<Facet> values = new ArrayList<>();
        if (facets.category() != null) {
            facets.category().forEach((no, count) -> {
                if (no.matches("\\d{1,4}")) {
                    int value = Integer.parseInt(no);
                    values.add(new Facet(n.category(value), count, form.withCategory(value).link(),
                            Integer.valueOf(value).equals(form.category())));
                } else {
                    // items of no checklist category ("none" in the API's facets): counted, but the API has no filter for them
                    values.add(new Facet("未分类", count, null, false));
                }
            });
            groups.add(new FacetGroup("类别", List.copyOf(values)));
        }
        values.clear();
        if (facets.unit() != null) {
            facets.unit().forEach((code, count) -> values.add("none".equals(code) ? new Facet("未指定单位", count, null, false)
                    : new Facet(n.unit(code), count, form.withUnit(code).link(), code.equals(form.unit()))));
            groups.add(new FacetGroup("责任单位", List.copyOf(values)));
        }
        values.clear();
        if (facets.channel() != null) {
            facets.channel().forEach((code, count) -> values.add(new Facet(n.channel(code), count,
                    form.withChannel(code).link(), code.equals(form.channel()))));
            groups.add(new FacetGroup("公开渠道", List.copyOf(values)));
        }
        values.clear();
        if (facets.year() != null) {
            facets.year().forEach((y, count) -> {
                if (y.matches("\\d{4}")) {
                    int value = Integer.parseInt(y);
                    values.add(new Facet(yearLabel(value), count, form.withYear(value).link(), Integer.valueOf(value).equals(form.year())));
                }
            });
            groups.add(new FacetGroup("学年", List.copyOf(values)));
        }
        groups.removeIf(g -> g.values().isEmpty());
        return groups;
    }

    /** A whole-number parameter of a link; a link someone mangled gets a page that says which part is wrong. */
    static Integer number(String name, String label, String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,4}")) {
            throw new PageProblem(400, "请求有误", "链接中的" + label + "（" + name + "）应为数字，例如 2022。请从首页重新开始。");
        }
        return Integer.valueOf(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
