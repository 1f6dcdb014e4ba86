package io.gongkai.disclosure.item;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The state of one item inside the service (what the item table and its postings hold). */
public final class ItemState {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    public UUID id;
    public String title;
    public String summary;
    public String body;
    /** The text of {@link #body} when this write sanitised it (saves parsing it again for the index); else null. */
    transient String bodyText;
    public String checklist;
    public String checklistItem;
    public Integer category;
    public String unit;
    public ItemRequest.Audience audience;
    public ItemStatus status;
    public OffsetDateTime publishedAt;
    public LocalDate producedAt;
    public OffsetDateTime withdrawnAt;
    public String withdrawReason;
    public List<ItemViews.Posting> postings = new ArrayList<>();
    public List<ItemViews.Attachment> attachments = new ArrayList<>();
    public String source;
    public String externalId;
    public String contentHash;
    public long version;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;

    /** Times as stored (microseconds) and shown (Asia/Shanghai offset). */
    public static OffsetDateTime normalize(OffsetDateTime time) {
        return time == null ? null
                : time.truncatedTo(ChronoUnit.MICROS).atZoneSameInstant(BUSINESS_ZONE).toOffsetDateTime();
    }

    /** A copy to change: the same columns ({@link ItemColumns}) and postings. */
    public ItemState copy() {
        return ItemColumns.copy(this);
    }

    public boolean published() {
        return status == ItemStatus.PUBLISHED;
    }

    public ItemViews.Item view(LocalDate dueDate) {
        return new ItemViews.Item(id, title, summary, body, checklistItem, checklist, category, unit, audience, status,
                publishedAt, producedAt, dueDate, withdrawnAt, withdrawReason, List.copyOf(postings),
                List.copyOf(attachments), source, externalId, version, createdAt, updatedAt);
    }

    public ItemViews.Summary summaryView() {
        return new ItemViews.Summary(id, title, summary, checklistItem, category, unit, audience, status, publishedAt,
                List.copyOf(postings), version);
    }

    /** Names of the fields (other than postings and lifecycle) that differ from {@code other}. */
    public List<String> changedContent(ItemState other) {
        List<String> changed = new ArrayList<>();
        diff(changed, "title", title, other.title);
        diff(changed, "summary", summary, other.summary);
        diff(changed, "body", body, other.body);
        diff(changed, "checklistItem", checklistItem, other.checklistItem);
        diff(changed, "category", category, other.category);
        diff(changed, "unit", unit, other.unit);
        diff(changed, "audience", audience, other.audience);
        diff(changed, "publishedAt", publishedAt == null ? null : publishedAt.toInstant(),
                other.publishedAt == null ? null : other.publishedAt.toInstant());
        diff(changed, "producedAt", producedAt, other.producedAt);
        diff(changed, "attachments", attachments, other.attachments);
        return changed;
    }

    private static void diff(List<String> changed, String name, Object a, Object b) {
        if (a == null ? b != null : !a.equals(b)) {
            changed.add(name);
        }
    }
}
