package io.gongkai.stats.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.gongkai.commons.database.DatabaseErrors;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Polls every configured producer's feed and applies what is new (FeedIngest), a page at a time, reading
 * the next page while the current one is applied; a feed that is behind is read on without waiting for the
 * next poll. A producer that fails (an error answer, a timeout, down) is polled again after a growing pause,
 * its cursor kept; an event that cannot be applied stops its feed at a dead letter until an admin retries
 * or skips it.
 */
@ApplicationScoped
public class FeedConsumer {

    private static final Logger LOG = Logger.getLogger(FeedConsumer.class);

    /** What a feed's reader is doing, for health and the admin. */
    public enum State { CATCHING_UP, CAUGHT_UP, BACKING_OFF, STOPPED_AT_DEAD_LETTER }

    private final FeedsConfig config;
    private final FeedIngest ingest;
    private final Map<String, Feed> feeds = new LinkedHashMap<>();
    // reads the next page of a feed while the current one is being applied
    private final ExecutorService reader = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "feed-reader");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running = true;

    public FeedConsumer(FeedsConfig config, FeedIngest ingest, MeterRegistry metrics) {
        this.config = config;
        this.ingest = ingest;
        config.producers().forEach((name, producer) -> producer.url().filter(u -> !u.isBlank()).ifPresent(url -> {
            EventFeedApi api = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(url))
                    .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS).build(EventFeedApi.class);
            Feed feed = new Feed(name, api, Timer.builder("gongkai.feed.page.wait").tag("feed", name)
                    .description("how long applying waited for the next page of the feed to be read").register(metrics),
                    Timer.builder("gongkai.feed.page.apply").tag("feed", name)
                            .description("how long a page of the feed took to apply, with its transaction").register(metrics));
            feeds.put(name, feed);
            Gauge.builder("gongkai.feed.lag", feed, f -> f.lag).tag("feed", name)
                    .description("events the producer has that this consumer has not applied yet").register(metrics);
        }));
    }

    /** The reader of one feed: in-memory state between polls (the cursor itself is in the database). */
    static final class Feed {
        final String name;
        final EventFeedApi api;
        volatile State state = State.CATCHING_UP;
        volatile long lag;
        volatile int failures;
        volatile Instant nextAttempt = Instant.MIN;
        volatile String lastError;
        final Timer waited;
        final Timer applied;

        Feed(String name, EventFeedApi api, Timer waited, Timer applied) {
            this.name = name;
            this.api = api;
            this.waited = waited;
            this.applied = applied;
        }
    }

    @Schema(name = "FeedStatus", description = "Where one producer's feed reader stands")
    public record FeedStatus(@Schema(required = true, example = "disclosure") String feed, @Schema(required = true) State state,
                             @Schema(required = true, example = "1042-3") String position, @Schema(required = true, example = "1050-1") String head,
                             @Schema(required = true, example = "8") long lag, @Schema(required = true, example = "1042") long applied,
                             @Schema(nullable = true, description = "the last failure, until a poll succeeds", example = "HTTP 500")
                             String lastError) {
    }

    @Scheduled(every = "${gongkai.stats.feeds.poll-every:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        // a feed that is behind is read on at once (taking turns with the other feed), not at the next tick
        boolean behind = true;
        while (behind && running) {
            behind = false;
            for (Feed feed : feeds.values()) {
                if (Instant.now().isAfter(feed.nextAttempt)) {
                    behind |= pollOnce(feed);
                }
            }
        }
    }

    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent shutdown) {
        running = false;
        reader.shutdown();
    }

    /** Reads and applies up to pagesPerPoll pages of one feed; public for tests that must not wait for the clock. */
    public void pollOnce(String name) {
        Feed feed = feeds.get(name);
        if (feed != null) {
            pollOnce(feed);
        }
    }

    /** @return true when the feed has more to read at once */
    private boolean pollOnce(Feed feed) {
        try {
            if (!running) {
                return false;
            }
            if (ingest.stopped(feed.name)) {
                feed.state = State.STOPPED_AT_DEAD_LETTER;
                return false;
            }
            boolean more = false;
            CompletableFuture<Page> next = fetch(feed, position(feed.name));
            for (int page = 0; page < config.pagesPerPoll() && next != null; page++) {
                CompletableFuture<Page> reading = next;
                Page current = feed.waited.record((Supplier<Page>) () -> await(reading));
                more = current.full();
                // the next page is read while this one is applied; it is dropped when this one does not go through
                next = more && running && page + 1 < config.pagesPerPoll() ? fetch(feed, current.last()) : null;
                if (!feed.applied.record((Supplier<Boolean>) () -> apply(feed, current))) {
                    more = false;
                    break;
                }
            }
            feed.failures = 0;
            feed.nextAttempt = Instant.MIN;
            feed.lastError = null;
            return more;
        } catch (RuntimeException e) {
            if (running) {
                backOff(feed, e);
            }
            return false;
        }
    }

    /** One page as read: the position it was read after, its events (parsed in order), and the producer's head and lag. */
    record Page(String after, List<FeedEvent> events, JsonNode nodes, String head, long lag, boolean full) {
        String last() {
            return events.get(events.size() - 1).position();
        }
    }

    private CompletableFuture<Page> fetch(Feed feed, String after) {
        return CompletableFuture.supplyAsync(() -> {
            JsonNode answer = feed.api.page(config.credential().orElse(null), after, config.pageSize());
            JsonNode nodes = answer.path("events");
            List<FeedEvent> events = new ArrayList<>();
            for (JsonNode node : nodes) {
                events.add(FeedEvent.read(feed.name, node));
                if (events.get(events.size() - 1).position().isEmpty()) {
                    break;
                }
            }
            long lag = answer.path("lag").asLong(0);
            boolean full = events.size() == config.pageSize() && nodes.size() == events.size() && lag > 0
                    && !events.get(events.size() - 1).position().isEmpty();
            return new Page(after, events, nodes, answer.path("head").asText("0"), lag, full);
        }, reader);
    }

    private static Page await(CompletableFuture<Page> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** @return false when the page did not go through (stale, or stopped at a dead letter) */
    private boolean apply(Feed feed, Page page) {
        List<FeedEvent> events = page.events();
        try {
            if (!ingest.apply(feed.name, page.after(), events, page.head(), page.lag())) {
                return false;
            }
        } catch (FeedIngest.Failed failed) {
            List<FeedEvent> before = events.subList(0, failed.index);
            FeedEvent bad = events.get(failed.index);
            if (!ingest.apply(feed.name, page.after(), before, page.head(), page.lag())) {
                // the cursor moved meanwhile (a rebuild, an admin's decision): this page no longer counts
                return false;
            }
            String position = bad.position().isEmpty() ? page.after() : bad.position();
            ingest.deadLetter(feed.name, position, bad.id(), bad.type(), page.nodes().get(failed.index), failed.getMessage());
            LOG.warnf("Feed %s stopped at event %s (%s): %s; an admin retries or skips it", feed.name, bad.id(), bad.type(),
                    failed.getMessage());
            feed.state = State.STOPPED_AT_DEAD_LETTER;
            return false;
        }
        feed.lag = page.lag();
        feed.state = page.lag() == 0 ? State.CAUGHT_UP : State.CATCHING_UP;
        return true;
    }

    private void backOff(Feed feed, RuntimeException e) {
        feed.failures++;
        long millis = Math.min(config.maxBackoff().toMillis(), 500L << Math.min(feed.failures, 10));
        feed.nextAttempt = Instant.now().plusMillis(millis);
        feed.state = State.BACKING_OFF;
        String reason = DatabaseErrors.unavailable(e) ? "stats-service's database is not reachable" : describe(e);
        feed.lastError = reason;
        LOG.warnf("Feed %s: %s; polling again in %s", feed.name, reason, Duration.ofMillis(millis));
        try {
            ingest.failed(feed.name, reason);
        } catch (RuntimeException ignored) {
            // the database itself is what failed: the reason stays in memory and in health
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e instanceof WebApplicationException w
                ? "the producer answered " + w.getResponse().getStatus()
                : root.getClass().getSimpleName() + ": " + firstLine(root.getMessage());
        return message.length() > 300 ? message.substring(0, 300) : message;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private String position(String feed) {
        return ingest.cursor(feed).map(FeedIngest.Cursor::position).orElse("0");
    }

    public List<FeedStatus> status() {
        List<FeedStatus> all = new ArrayList<>();
        for (Feed feed : feeds.values()) {
            Optional<FeedIngest.Cursor> cursor;
            try {
                cursor = ingest.cursor(feed.name);
            } catch (RuntimeException e) {
                cursor = Optional.empty();
            }
            all.add(new FeedStatus(feed.name, feed.state, cursor.map(FeedIngest.Cursor::position).orElse("0"),
                    cursor.map(FeedIngest.Cursor::head).orElse("0"), feed.lag, cursor.map(FeedIngest.Cursor::applied).orElse(0L),
                    feed.lastError != null ? feed.lastError : cursor.map(FeedIngest.Cursor::lastError).orElse(null)));
        }
        return all;
    }

    /** After a rebuild or an admin's decision: poll at once. */
    public void wake() {
        feeds.values().forEach(f -> {
            f.nextAttempt = Instant.MIN;
            f.failures = 0;
            f.state = State.CATCHING_UP;
        });
    }
}
