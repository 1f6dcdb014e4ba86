package io.gongkai.stats.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.stats.feed.EventApplier;
import io.gongkai.stats.feed.FeedEvent;
import io.gongkai.stats.feed.UnappliableEvent;
import io.gongkai.stats.figure.Payloads;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * inquiry-service's request events as the figures of the report's table 三: a request counts as
 * received on the day it came in, and as answered (or withdrawn, or closed unanswered) on the day it
 * ended. The steps in between change no figure. An ending without a known receipt (a request from
 * before Gongkai) takes its receipt from the event, which carries it.
 */
@ApplicationScoped
public class RequestEvents implements EventApplier {

    static final String RECEIVED = "request.received";
    static final String ANSWERED = "request.answered";
    static final String WITHDRAWN = "request.withdrawn";
    static final String CLOSED = "request.closed";
    /** Steps that change no figure: known, so that they are never mistaken for events nobody counts. */
    static final Set<String> STEPS = Set.of("request.accepted", "request.clarification-asked", "request.clarified", "request.extended");

    private final RequestFigureRepository figures;

    public RequestEvents(RequestFigureRepository figures) {
        this.figures = figures;
    }

    @Override
    public Set<String> types() {
        Set<String> types = new HashSet<>(STEPS);
        types.addAll(Set.of(RECEIVED, ANSWERED, WITHDRAWN, CLOSED));
        return types;
    }

    @Override
    public PageWork begin(List<FeedEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.stream().filter(e -> !STEPS.contains(e.type())).forEach(e -> ids.add(e.aggregateId()));
        return new RequestPage(figures.find(ids));
    }

    /** A page's request events: each request's facts as the page found them, and as its events leave them. */
    private final class RequestPage implements PageWork {
        private final Map<UUID, RequestFact> found;
        private final Map<UUID, RequestFact> now = new LinkedHashMap<>();

        RequestPage(Map<UUID, RequestFact> found) {
            this.found = found;
        }

        @Override
        public void apply(FeedEvent event) {
            if (STEPS.contains(event.type())) {
                return;
            }
            UUID id = event.aggregateId();
            now.put(id, next(event, Optional.ofNullable(now.containsKey(id) ? now.get(id) : found.get(id))));
        }

        @Override
        public void write() {
            RequestDeltas deltas = new RequestDeltas();
            now.values().forEach(after -> deltas.move(found.get(after.requestId()), after));
            figures.write(now.values(), deltas);
        }
    }

    /** The request's facts after {@code event}, from its facts before. */
    private static RequestFact next(FeedEvent event, Optional<RequestFact> before) {
        JsonNode p = event.payload();
        if (p == null || !p.isObject()) {
            throw new UnappliableEvent("the payload is not an object");
        }
        LocalDate receivedOn = before.map(RequestFact::receivedOn).orElseGet(() -> Payloads.dayOfTime(p, "receivedAt"));
        String type = before.map(RequestFact::applicantType).orElseGet(() -> Payloads.text(p, "applicantType"));
        String subType = before.map(RequestFact::applicantSubType)
                .orElseGet(() -> p.hasNonNull("applicantSubType") ? p.get("applicantSubType").asText() : "");
        return switch (event.type()) {
            case RECEIVED -> new RequestFact(event.aggregateId(), receivedOn, type, subType, null, null, null, null, false);
            case ANSWERED -> new RequestFact(event.aggregateId(), receivedOn, type, subType, Payloads.dayOfTime(p, "answeredAt"),
                    Payloads.text(p, "outcome"), p.hasNonNull("legalBasis") ? p.get("legalBasis").asText() : null, fee(p), p.path("fee").path("waived").asBoolean(false));
            case WITHDRAWN -> new RequestFact(event.aggregateId(), receivedOn, type, subType, Payloads.dayOfTime(p, "endedAt"),
                    RequestFact.WITHDRAWN, null, null, false);
            case CLOSED -> new RequestFact(event.aggregateId(), receivedOn, type, subType, Payloads.dayOfTime(p, "endedAt"),
                    Payloads.text(p, "outcome"), null, null, false);
            default -> throw new UnappliableEvent("no request figure counts " + event.type());
        };
    }

    private static BigDecimal fee(JsonNode p) {
        JsonNode amount = p.path("fee").path("amount");
        // kept as the table keeps it, so that a page's summed changes round as the stored fees do
        return amount.isNumber() ? amount.decimalValue().setScale(2, RoundingMode.HALF_UP) : null;
    }
}
