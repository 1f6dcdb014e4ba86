package io.gongkai.disclosure.checklist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongkai.disclosure.calendar.PublicationDeadline;
import io.gongkai.disclosure.item.ItemStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The annex of the annual report: for each checklist item, whether published public items cover it in
 * a period, how many, where, by which units, and whether the 20-working-day rule was broken (an item
 * published after its due date, or a draft whose due date has passed). Pure arithmetic, no database.
 */
public final class Coverage {

    private Coverage() {
    }

    /** One item of the checklist. */
    public record ChecklistEntry(String itemNo, int category, String categoryName, String title, int sortOrder) {
    }

    /** What coverage needs to know of one disclosure item. */
    public record Fact(String itemNo, String unit, ItemStatus status, LocalDate publishedOn, LocalDate producedAt,
                       List<String> channels) {
    }

    @Schema(name = "CoverageLatest")
    public record Latest(@JsonIgnore String itemNo, UUID id, String title, OffsetDateTime publishedAt,
                         @Schema(description = "where it was published (first posting), else the item's API path") String url) {
    }

    @Schema(name = "CoverageEntry", requiredProperties = {"itemNo", "category", "categoryName", "title", "covered", "count", "overdue", "latePublished", "overdueDrafts"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(@Schema(example = "7") String itemNo, @Schema(example = "2") int category,
                        @Schema(example = "招生考试信息") String categoryName, String title,
                        boolean covered, @Schema(description = "published public items in the period") int count,
                        List<String> units, List<String> channels, List<Latest> latest,
                        @Schema(description = "late publications or overdue drafts (20 working days of the official calendar)") boolean overdue,
                        int latePublished, int overdueDrafts, LocalDate lastPublishedOn) {
    }

    @Schema(name = "Coverage", requiredProperties = {"checklist", "year", "from", "to", "items", "covered", "gaps", "overdue", "workingDayLimit", "calendar", "entries"})
    public record Report(@Schema(example = "2014") String checklist,
                         @Schema(description = "the report year asked for; null when the period was given by from and to", nullable = true, example = "2022") Integer year,
                         LocalDate from, LocalDate to,
                         int items, int covered, int gaps, int overdue,
                         @Schema(description = "working days allowed between production and publication") int workingDayLimit,
                         @Schema(description = "the calendar the working days were counted in: OFFICIAL (inquiry-service's), "
                                 + "or MONDAY_TO_FRIDAY with a note saying why") PublicationDeadline.Counted calendar,
                         List<Entry> entries) {
    }

    public static Report compute(String checklist, Integer year, LocalDate from, LocalDate to, List<ChecklistEntry> checklistItems,
                                 List<Fact> facts, List<Latest> latest, PublicationDeadline deadline, LocalDate today,
                                 boolean gapsFirst) {
        Map<String, List<Fact>> byItem = new HashMap<>();
        for (Fact f : facts) {
            byItem.computeIfAbsent(f.itemNo(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Latest>> latestByItem = new HashMap<>();
        for (Latest l : latest) {
            latestByItem.computeIfAbsent(l.itemNo(), k -> new ArrayList<>()).add(l);
        }
        LocalDate horizon = today.isBefore(to) ? today : to;
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        int covered = 0;
        int overdue = 0;
        for (ChecklistEntry c : checklistItems) {
            order.put(c.itemNo(), c.sortOrder());
            int count = 0;
            int late = 0;
            int pending = 0;
            LocalDate last = null;
            TreeSet<String> units = new TreeSet<>();
            TreeSet<String> channels = new TreeSet<>();
            for (Fact f : byItem.getOrDefault(c.itemNo(), List.of())) {
                if (f.status() == ItemStatus.PUBLISHED && f.publishedOn() != null
                        && !f.publishedOn().isBefore(from) && !f.publishedOn().isAfter(to)) {
                    count++;
                    units.add(f.unit());
                    if (f.channels() != null) {
                        channels.addAll(f.channels());
                    }
                    if (last == null || f.publishedOn().isAfter(last)) {
                        last = f.publishedOn();
                    }
                    if (f.producedAt() != null && deadline.late(f.producedAt(), f.publishedOn())) {
                        late++;
                    }
                } else if (f.status() == ItemStatus.DRAFT && f.producedAt() != null
                        && deadline.dueDate(f.producedAt()).isBefore(horizon)) {
                    pending++;
                }
            }
            boolean isCovered = count > 0;
            boolean isOverdue = late > 0 || pending > 0;
            covered += isCovered ? 1 : 0;
            overdue += isOverdue ? 1 : 0;
            List<Latest> recent = latestByItem.getOrDefault(c.itemNo(), List.of()).stream()
                    .sorted(Comparator.comparing(Latest::publishedAt).reversed()).limit(3).toList();
            entries.add(new Entry(c.itemNo(), c.category(), c.categoryName(), c.title(), isCovered, count,
                    List.copyOf(units), List.copyOf(channels), recent, isOverdue, late, pending, last));
        }
        Comparator<Entry> byNumber = Comparator.comparing(e -> order.get(e.itemNo()));
        entries.sort(gapsFirst
                ? Comparator.comparing((Entry e) -> e.covered()).thenComparing(e -> !e.overdue()).thenComparing(byNumber)
                : byNumber);
        return new Report(checklist, year, from, to, checklistItems.size(), covered, checklistItems.size() - covered,
                overdue, deadline.limit(), deadline.counted(), entries);
    }
}
