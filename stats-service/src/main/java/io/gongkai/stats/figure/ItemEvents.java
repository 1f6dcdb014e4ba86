package io.gongkai.stats.figure;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.stats.feed.EventApplier;
import io.gongkai.stats.feed.FeedEvent;
import io.gongkai.stats.feed.UnappliableEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * disclosure-service's item events as channel figures. Every event carries the item's whole state, so
 * applying it sets the item's facts and moves the counts by the difference: replaying a feed from 0
 * always ends in the same figures. A posting counts on the day it went out (the item's publication
 * day for the channels it was published on).
 */
@ApplicationScoped
public class ItemEvents implements EventApplier {

    static final String PUBLISHED = "item.published";
    static final String CHANGED = "item.changed";
    static final String WITHDRAWN = "item.withdrawn";
    static final String POSTING_ADDED = "item.posting-added";
    static final String POSTING_REMOVED = "item.posting-removed";

    private final FigureRepository figures;
    private final boolean withdrawnStayCounted;
    private final Event<ItemFiguresMoved> moved;

    public ItemEvents(FigureRepository figures, Event<ItemFiguresMoved> moved,
                      @ConfigProperty(name = "gongkai.stats.figures.withdrawn-stay-counted", defaultValue = "true") boolean withdrawnStayCounted) {
        this.figures = figures;
        this.moved = moved;
        this.withdrawnStayCounted = withdrawnStayCounted;
    }

    @Override
    public Set<String> types() {
        return Set.of(PUBLISHED, CHANGED, WITHDRAWN, POSTING_ADDED, POSTING_REMOVED);
    }

    @Override
    public PageWork begin(List<FeedEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.aggregateId()));
        return new ItemPage(figures.items(ids));
    }

    /** A page's item events: each item's facts as the page found them, and as its events leave them. */
    private final class ItemPage implements PageWork {
        private final Map<UUID, ItemContribution> found;
        private final Map<UUID, ItemContribution> now = new LinkedHashMap<>();
        private final Set<LocalDate> days = new HashSet<>();

        ItemPage(Map<UUID, ItemContribution> found) {
            this.found = found;
        }

        @Override
        public void apply(FeedEvent event) {
            UUID id = event.aggregateId();
            Optional<ItemContribution> before = Optional.ofNullable(now.containsKey(id) ? now.get(id) : found.get(id));
            ItemContribution after = next(event, before);
            now.put(id, after);
            days.addAll(after.postings().values());
            days.add(after.publishedOn());
            before.ifPresent(b -> {
                days.add(b.publishedOn());
                days.addAll(b.postings().values());
            });
        }

        @Override
        public void write() {
            ChannelDeltas deltas = new ChannelDeltas(withdrawnStayCounted);
            now.values().forEach(after -> deltas.move(found.get(after.itemId()), after));
            figures.write(now.values(), deltas);
            moved.fire(new ItemFiguresMoved(days));
        }
    }

    /** The item's facts after {@code event}, from its facts before. */
    private static ItemContribution next(FeedEvent event, Optional<ItemContribution> before) {
        JsonNode p = event.payload();
        if (p == null || !p.isObject()) {
            throw new UnappliableEvent("the payload is not an object");
        }
        LocalDate publishedOn = p.hasNonNull("publishedAt") ? Payloads.dayOfTime(p, "publishedAt")
                : before.map(ItemContribution::publishedOn).orElseGet(() -> businessDay(event.occurredAt()));
        Map<String, LocalDate> postings = new LinkedHashMap<>(before.map(ItemContribution::postings).orElse(Map.of()));
        if (POSTING_ADDED.equals(event.type())) {
            postings.put(Payloads.code(p, "channel"),
                    p.hasNonNull("postedAt") ? Payloads.dayOfTime(p, "postedAt") : businessDay(event.occurredAt()));
        } else if (POSTING_REMOVED.equals(event.type())) {
            postings.remove(Payloads.text(p, "channel"));
        }
        if (!p.path("channels").isArray()) {
            throw new UnappliableEvent("the payload has no channels list");
        }
        Set<String> channels = new HashSet<>();
        p.path("channels").forEach(c -> channels.add(Payloads.code(c.asText(), "channels")));
        postings.keySet().retainAll(channels);
        for (String channel : channels) {
            postings.putIfAbsent(channel, publishedOn);
        }
        int category = p.path("category").isInt() ? p.path("category").asInt() : 0;
        return new ItemContribution(event.aggregateId(), Payloads.text(p, "status"), publishedOn, Payloads.text(p, "unit"),
                category, p.hasNonNull("checklistItem") ? p.get("checklistItem").asText() : null, Payloads.text(p, "audience"), postings);
    }

    private static LocalDate businessDay(OffsetDateTime time) {
        return Payloads.counted(time.atZoneSameInstant(ReportPeriod.ZONE).toLocalDate(), "occurredAt");
    }
}
