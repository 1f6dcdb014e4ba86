package io.gongkai.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.outbox.EventFeed;
import io.gongkai.commons.outbox.EventPosition;
import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.outbox.OutboxWriter;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The contract of every event producer's feed (docs/architecture.md): a total order that never
 * changes once served, no gap and no repeat under concurrent writers that commit out of order, replay
 * from 0, limit bounds, a 400 problem for a position the feed did not issue, and the head and lag a
 * consumer needs. A producer's test extends this with {@code @QuarkusTest}.
 */
public abstract class EventFeedConventionsTest {

    private static final String TYPE = "conventions.test";

    /** The credential the test profile's consumer holds; its SHA-256 is in the producer's test configuration. */
    public static final String TEST_CREDENTIAL = "test-feed-credential";

    /** The request a consumer sends: with its service credential. */
    protected RequestSpecification consumer() {
        return given().header(FeedConsumers.HEADER, TEST_CREDENTIAL);
    }

    protected String feedPath() {
        return "/internal/v1/events";
    }

    private ExtractableResponse<Response> page(String after, int limit) {
        return consumer().queryParam("after", after).queryParam("limit", limit).when().get(feedPath())
                .then().statusCode(200).extract();
    }

    /** The position after every event in the feed now. */
    private String end() {
        String after = "0";
        while (true) {
            ExtractableResponse<Response> page = page(after, 1000);
            List<Object> events = page.path("events");
            after = page.path("nextPosition");
            if (events.isEmpty()) {
                return after;
            }
        }
    }

    private static UUID emitInOwnTransaction(UUID aggregate, long holdMillis) {
        OutboxWriter writer = Arc.container().instance(OutboxWriter.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = writer.emit(TYPE, aggregate, OffsetDateTime.now(), Map.of("n", 1)).id();
            if (holdMillis > 0) {
                Thread.sleep(holdMillis);
            }
            return id;
        });
    }

    @Test
    void outboxTableIsTheTemplate() throws Exception {
        DataSource ds = Arc.container().instance(DataSource.class).get();
        Map<String, String> columns = new HashMap<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, "outbox", null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
            }
        }
        assertEquals(Map.of("seq", "bigserial", "xid", "xid8", "id", "uuid", "type", "varchar", "aggregate_id", "uuid",
                "occurred_at", "timestamptz", "recorded_at", "timestamptz", "payload", "jsonb"), columns);
    }

    @Test
    void concurrentWritersCommittingOutOfOrderNeverMakeAPollingReaderMissOrRepeat() throws Exception {
        int writers = 6;
        int writesEach = 15;
        String start = end();
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            Future<?> reader = pool.submit(() -> {
                String after = start;
                long quietSince = 0;
                while (true) {
                    List<Map<String, Object>> events = page(after, 7).path("events");
                    for (Map<String, Object> e : events) {
                        seen.merge((String) e.get("id"), 1, Integer::sum);
                        order.add((String) e.get("position"));
                        after = (String) e.get("position");
                    }
                    if (writing.get()) {
                        quietSince = 0;
                    } else if (events.isEmpty()) {
                        if (quietSince == 0) {
                            quietSince = System.currentTimeMillis();
                        } else if (System.currentTimeMillis() - quietSince > 2000) {
                            // the horizon is cluster-wide: a transaction elsewhere on the server may hold the last rows back a moment
                            return null;
                        }
                    }
                }
            });
            List<Future<List<UUID>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                results.add(pool.submit(() -> {
                    List<UUID> ids = new ArrayList<>();
                    for (int i = 0; i < writesEach; i++) {
                        // some transactions stay open while later ones commit: the case a naive "seq > after" loses
                        ids.add(emitInOwnTransaction(UUID.randomUUID(), ThreadLocalRandom.current().nextInt(4) == 0 ? 60 : 0));
                    }
                    return ids;
                }));
            }
            Set<String> written = new LinkedHashSet<>();
            for (Future<List<UUID>> f : results) {
                f.get(120, TimeUnit.SECONDS).forEach(id -> written.add(id.toString()));
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);

            assertEquals(writers * writesEach, written.size());
            assertTrue(seen.keySet().containsAll(written), "an event was missed");
            assertTrue(seen.values().stream().allMatch(n -> n == 1), "an event was served twice");
            List<String> sorted = new ArrayList<>(order);
            sorted.sort(EventFeedConventionsTest::comparePositions);
            assertEquals(sorted, order, "positions were served out of order");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void positionsFollowTheTransactionNumberNotItsDigits() {
        // a young cluster's transaction numbers cross 999 -> 1000 within one test run: the order must be numeric.
        // A temporary outbox on the transaction's own connection (the feed gets the same one) holds rows across two
        // such boundaries; every cluster is past them (initdb alone uses some 700), so the feed serves them all.
        EventFeed feed = Arc.container().instance(EventFeed.class).get();
        DataSource ds = Arc.container().instance(DataSource.class).get();
        List<String> positions = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE outbox (LIKE public.outbox INCLUDING ALL) ON COMMIT DROP");
                long seq = 1;
                for (int xid : new int[] {100, 9, 101, 99, 10, 98}) {
                    s.execute("INSERT INTO outbox (seq, xid, id, type, aggregate_id, occurred_at, payload) VALUES (" + seq++ + ", '"
                            + xid + "'::xid8, gen_random_uuid(), '" + TYPE + "', gen_random_uuid(), now(), '{}')");
                }
            }
            List<String> served = new ArrayList<>();
            EventFeed.EventPage page = feed.read(EventPosition.START, 2);
            while (!page.events().isEmpty()) {
                page.events().forEach(e -> served.add(e.position()));
                assertEquals("101-3", page.head());
                page = feed.read(EventPosition.parse(page.nextPosition()), 2);
            }
            return served; // the temporary outbox goes with the commit

        });
        assertEquals(List.of("9-2", "10-5", "98-6", "99-4", "100-1", "101-3"), positions);
    }

    @Test
    void replayFromZeroServesTheSameEventsInTheSameOrder() {
        UUID aggregate = UUID.randomUUID();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(emitInOwnTransaction(aggregate, 0).toString());
        }
        List<String> first = collect(aggregate);
        List<String> second = collect(aggregate);
        assertEquals(mine, first);
        assertEquals(first, second);
    }

    private List<String> collect(UUID aggregate) {
        List<String> ids = new ArrayList<>();
        String after = "0";
        while (true) {
            ExtractableResponse<Response> page = page(after, 1000);
            List<Map<String, Object>> events = page.path("events");
            if (events.isEmpty()) {
                return ids;
            }
            for (Map<String, Object> e : events) {
                if (aggregate.toString().equals(e.get("aggregateId"))) {
                    ids.add((String) e.get("id"));
                }
            }
            after = page.path("nextPosition");
        }
    }

    @Test
    void headAndLagTellAConsumerHowFarBehindItIs() {
        emitInOwnTransaction(UUID.randomUUID(), 0);
        ExtractableResponse<Response> first = page("0", 1);
        String head = first.path("head");
        assertTrue(((Number) first.path("lag")).longValue() >= 1 || head.equals(first.path("nextPosition")));
        String end = end();
        ExtractableResponse<Response> caughtUp = page(end, 10);
        assertEquals(0L, ((Number) caughtUp.path("lag")).longValue());
        assertEquals(end, caughtUp.path("head"));
    }

    @Test
    void limitBoundsAreKept() {
        for (int i = 0; i < 3; i++) {
            emitInOwnTransaction(UUID.randomUUID(), 0);
        }
        consumer().queryParam("after", "0").queryParam("limit", 2).when().get(feedPath())
                .then().statusCode(200).body("events", hasSize(2));
        for (Object limit : List.of(0, -1, 1001, 100000, "x", " ", "1e3")) {
            consumer().queryParam("limit", limit).when().get(feedPath())
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aPositionTheFeedDidNotIssueIs400Problem() {
        for (String after : List.of("garbage", "-1", "1-2-3", "1-", "-1-2", "99999999999999999999-1", "1-99999999999999999999",
                " ", " 0", "1-2 ")) {
            consumer().queryParam("after", after).when().get(feedPath())
                    .then().statusCode(400).contentType("application/problem+json").body("status", is(400));
        }
        consumer().queryParam("after", "99999999999-1").when().get(feedPath())
                .then().statusCode(200).body("events", hasSize(0)).body("nextPosition", is("99999999999-1"));
    }

    @Test
    void aCallerWithoutTheServiceCredentialIsRefused() {
        given().when().get(feedPath()).then().statusCode(401).contentType("application/problem+json");
        given().header(FeedConsumers.HEADER, "not-the-credential").when().get(feedPath())
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static int comparePositions(String a, String b) {
        String[] x = a.split("-");
        String[] y = b.split("-");
        int byXid = new BigInteger(x[0]).compareTo(new BigInteger(y[0]));
        return byXid != 0 ? byXid : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
    }
}
