package io.gongkai.stats.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The consumer of disclosure-service's feed, against a feed faked at the HTTP level: figures from item
 * events, each event once, producer failures waited out with the cursor kept, events it cannot apply
 * stopped at for an admin, and a rebuild that ends in the same figures. Each test counts in a year of
 * its own, so that tests do not see each other's figures.
 */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class FeedConsumerTest {

    @Inject
    FeedConsumer consumer;
    @Inject
    FeedsConfig config;
    @Inject
    FeedIngest ingest;

    private static String item(String status, String unit, int category, String publishedAt, String... channels) {
        StringBuilder list = new StringBuilder();
        for (String c : channels) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(c).append('"');
        }
        return "{\"itemId\":\"x\",\"status\":\"" + status + "\",\"category\":" + category + ",\"checklistItem\":\"7\",\"unit\":\"" + unit
                + "\",\"audience\":\"PUBLIC\",\"publishedAt\":\"" + publishedAt + "\",\"channels\":[" + list + "]}";
    }

    private void catchUp() {
        for (int i = 0; i < 50; i++) {
            consumer.pollOnce("disclosure");
            if (consumer.status().get(0).lag() == 0) {
                return;
            }
        }
    }

    private static Map<String, Integer> channels(int year) {
        List<Map<String, Object>> rows = given().queryParam("year", year).when().get("/api/v1/stats/channels")
                .then().statusCode(200).extract().path("channels");
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.put((String) r.get("channel"), (Integer) r.get("count")));
        return counts;
    }

    @Test
    void anItemPostedOnTwoChannelsCountsOnBothInItsYear() {
        String id = UUID.randomUUID().toString();
        FakeFeed.add("item.published", id, "2041-03-02T09:00:00+08:00", item("PUBLISHED", "ADMISSIONS", 2, "2041-03-02T09:00:00+08:00", "PORTAL", "WECHAT"));
        catchUp();
        assertEquals(Map.of("PORTAL", 1, "WECHAT", 1), channels(2041));
        given().queryParam("year", 2041).when().get("/api/v1/stats/channels").then()
                .body("total", is(2)).body("channels[0].source", is("ITEMS"));
    }

    @Test
    void postingsAddedAndRemovedMoveTheirChannelAndAWithdrawnItemStaysCounted() {
        String id = UUID.randomUUID().toString();
        String at = "2042-05-10T10:00:00+08:00";
        FakeFeed.add("item.published", id, at, item("PUBLISHED", "HR", 1, at, "PORTAL"));
        FakeFeed.add("item.posting-added", id, "2042-05-12T10:00:00+08:00",
                item("PUBLISHED", "HR", 1, at, "PORTAL", "NEWSPAPER").replace("}", ",\"channel\":\"NEWSPAPER\",\"postedAt\":\"2042-05-12T10:00:00+08:00\"}"));
        FakeFeed.add("item.posting-removed", id, "2042-05-13T10:00:00+08:00",
                item("PUBLISHED", "HR", 1, at, "NEWSPAPER").replace("}", ",\"channel\":\"PORTAL\"}"));
        FakeFeed.add("item.withdrawn", id, "2042-06-01T10:00:00+08:00", item("WITHDRAWN", "HR", 1, at, "NEWSPAPER"));
        catchUp();
        assertEquals(Map.of("NEWSPAPER", 1), channels(2042));
    }

    @Test
    void aFeedServingAnEventTwiceCountsItOnce() {
        String id = UUID.randomUUID().toString();
        String at = "2043-01-05T09:00:00+08:00";
        String position = FakeFeed.add("item.published", id, at, item("PUBLISHED", "FINANCE", 3, at, "PORTAL"));
        catchUp();
        FakeFeed.repeat(position);
        catchUp();
        assertEquals(Map.of("PORTAL", 1), channels(2043));
    }

    @Test
    void anEventServedTwiceInOnePageCountsOnce() {
        catchUp();
        String id = UUID.randomUUID().toString();
        String at = "2049-01-05T09:00:00+08:00";
        FakeFeed.repeat(FakeFeed.add("item.published", id, at, item("PUBLISHED", "FINANCE", 3, at, "PORTAL", "WEIBO")));
        catchUp();
        assertEquals(Map.of("PORTAL", 1, "WEIBO", 1), channels(2049));
    }

    @Test
    void aDayNoFigureCanCountOnIsDeadLetteredInsteadOfFailingThePageForever() {
        String admin = Tokens.admin();
        catchUp();
        FakeFeed.add("item.published", UUID.randomUUID().toString(), "2050-02-01T09:00:00+08:00",
                item("PUBLISHED", "HR", 1, "0000-06-01T00:00:00+08:00", "PORTAL"));
        catchUp();
        assertEquals(FeedConsumer.State.STOPPED_AT_DEAD_LETTER, consumer.status().get(0).state());
        String letter = given().auth().oauth2(admin).when().get("/api/v1/admin/stats/dead-letters").then().statusCode(200)
                .body("find { it.decision == null }.reason", containsString("publishedAt"))
                .extract().path("find { it.decision == null }.id");
        given().auth().oauth2(admin).when().post("/api/v1/admin/stats/dead-letters/" + letter + "/skip").then().statusCode(200);
        catchUp();
        assertEquals(FeedConsumer.State.CAUGHT_UP, consumer.status().get(0).state());
    }

    @Test
    void aProducerThatFailsIsPolledAgainWithTheCursorKept() {
        String id = UUID.randomUUID().toString();
        String at = "2044-02-02T09:00:00+08:00";
        FakeFeed.add("item.published", id, at, item("PUBLISHED", "ADMISSIONS", 2, at, "PORTAL"));
        FakeFeed.failNext(500);
        consumer.pollOnce("disclosure");
        FeedConsumer.FeedStatus failed = consumer.status().get(0);
        assertEquals(FeedConsumer.State.BACKING_OFF, failed.state());
        assertTrue(failed.lastError().contains("500"), failed.lastError());
        given().when().get("/q/health/ready").then().body("checks.find { it.name == 'event-feeds' }.data.'disclosure.state'",
                is("BACKING_OFF"));
        FakeFeed.failNext(-3000); // a stall past the consumer's 2 s timeout
        consumer.wake();
        consumer.pollOnce("disclosure");
        assertEquals(FeedConsumer.State.BACKING_OFF, consumer.status().get(0).state());
        consumer.wake();
        catchUp();
        assertEquals(Map.of("PORTAL", 1), channels(2044));
        assertEquals(0, consumer.status().get(0).lag());
    }

    @Test
    void anEventTheConsumerCannotApplyStopsTheFeedUntilAnAdminSkipsIt() {
        String admin = Tokens.admin();
        String bad = UUID.randomUUID().toString();
        FakeFeed.add("item.published", bad, "2045-03-01T09:00:00+08:00", "{\"itemId\":\"x\",\"channels\":[\"PORTAL\"]}");
        String good = UUID.randomUUID().toString();
        String at = "2045-03-02T09:00:00+08:00";
        FakeFeed.add("item.published", good, at, item("PUBLISHED", "HR", 1, at, "WECHAT"));
        catchUp();
        assertEquals(FeedConsumer.State.STOPPED_AT_DEAD_LETTER, consumer.status().get(0).state());
        assertEquals(Map.of(), channels(2045));
        String letter = given().auth().oauth2(admin).when().get("/api/v1/admin/stats/dead-letters").then().statusCode(200)
                .body("findAll { it.decision == null }.reason", hasItem(containsString("no status")))
                .extract().path("find { it.decision == null }.id");
        // retried as it is, it fails again and keeps its one entry
        given().auth().oauth2(admin).when().post("/api/v1/admin/stats/dead-letters/" + letter + "/retry").then().statusCode(200);
        catchUp();
        given().auth().oauth2(admin).when().get("/api/v1/admin/stats/dead-letters").then()
                .body("find { it.id == '" + letter + "' }.attempts", is(2))
                .body("find { it.id == '" + letter + "' }.decision", nullValue());
        given().auth().oauth2(admin).when().post("/api/v1/admin/stats/dead-letters/" + letter + "/skip").then().statusCode(200)
                .body("decision", is("SKIP"));
        given().auth().oauth2(admin).when().post("/api/v1/admin/stats/dead-letters/" + letter + "/skip").then().statusCode(409)
                .contentType("application/problem+json");
        catchUp();
        assertEquals(Map.of("WECHAT", 1), channels(2045));
    }

    @Test
    void unknownTypesAndUnreadableEventsAreDeadLetteredNeverSkippedSilently() {
        String admin = Tokens.admin();
        FakeFeed.add("item.teleported", UUID.randomUUID().toString(), "2046-01-01T09:00:00+08:00", "{}");
        catchUp();
        String unknown = given().auth().oauth2(admin).when().get("/api/v1/admin/stats/dead-letters").then()
                .body("find { it.decision == null }.reason", containsString("item.teleported"))
                .extract().path("find { it.decision == null }.id");
        given().auth().oauth2(admin).when().post("/api/v1/admin/stats/dead-letters/" + unknown + "/skip").then().statusCode(200);
        FakeFeed.addRaw("{\"position\":\"{position}\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"item.published\","
                + "\"occurredAt\":\"not a time\"}");
        catchUp();
        assertEquals(FeedConsumer.State.STOPPED_AT_DEAD_LETTER, consumer.status().get(0).state());
        String unreadable = given().auth().oauth2(admin).when().get("/api/v1/admin/stats/dead-letters").then()
                .body("find { it.decision == null }.reason", containsString("cannot be read"))
                .extract().path("find { it.decision == null }.id");
        given().auth().oauth2(admin).when().post("/api/v1/admin/stats/dead-letters/" + unreadable + "/skip").then().statusCode(200);
    }

    @Test
    void aConsumerKilledMidStreamAndStartedAgainFindsTheSameFigures() {
        catchUp();
        String at = "2084-04-01T09:00:00+08:00";
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            FakeFeed.add("item.published", id, at, item("PUBLISHED", "HR", 1, at, "PORTAL", i % 3 == 0 ? "WECHAT" : "TV"));
        }
        FakeFeed.add("item.withdrawn", ids.get(0), at, item("WITHDRAWN", "HR", 1, at, "PORTAL", "WECHAT"));
        FakeFeed.add("item.posting-added", ids.get(1), at, "{\"itemId\":\"x\",\"status\":\"PUBLISHED\",\"category\":1,"
                + "\"checklistItem\":\"7\",\"unit\":\"HR\",\"audience\":\"PUBLIC\",\"publishedAt\":\"" + at + "\","
                + "\"channels\":[\"PORTAL\",\"TV\",\"WEIBO\"],\"channel\":\"WEIBO\",\"postedAt\":\"" + at + "\"}");
        // a process of its own (no state but the database's): two pages of three, then it dies waiting for the third
        FeedConsumer first = new FeedConsumer(config, ingest, new SimpleMeterRegistry());
        FakeFeed.failNext(0);
        FakeFeed.failNext(0);
        FakeFeed.failNext(-3000);
        first.pollOnce("disclosure");
        assertEquals(FeedConsumer.State.BACKING_OFF, first.status().get(0).state());
        Map<String, Integer> midStream = channels(2084);
        assertEquals(6, midStream.get("PORTAL"), midStream.toString());

        FeedConsumer restarted = new FeedConsumer(config, ingest, new SimpleMeterRegistry());
        for (int i = 0; i < 50 && !(i > 0 && restarted.status().get(0).lag() == 0); i++) {
            restarted.pollOnce("disclosure");
        }
        assertEquals(FeedConsumer.State.CAUGHT_UP, restarted.status().get(0).state());
        assertEquals(Map.of("PORTAL", 12, "WECHAT", 4, "TV", 8, "WEIBO", 1), channels(2084));
    }

    @Test
    void aRebuildReplaysFromZeroIntoTheSameFigures() {
        String at = "2047-04-01T09:00:00+08:00";
        for (int i = 0; i < 5; i++) {
            FakeFeed.add("item.published", UUID.randomUUID().toString(), at, item("PUBLISHED", "HR", 1, at, "PORTAL", i % 2 == 0 ? "WECHAT" : "TV"));
        }
        catchUp();
        Map<Integer, Map<String, Integer>> before = new TreeMap<>();
        for (int year = 2041; year <= 2047; year++) {
            before.put(year, channels(year));
        }
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/stats/rebuild").then().statusCode(202);
        catchUp();
        for (int year = 2041; year <= 2047; year++) {
            assertEquals(before.get(year), channels(year), "year " + year);
        }
        assertEquals(Map.of("PORTAL", 5, "WECHAT", 3, "TV", 2), channels(2047));
    }

    @Test
    void deadLettersAndRebuildAreForAdminsOnly() {
        given().when().get("/api/v1/admin/stats/dead-letters").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.auditor()).when().post("/api/v1/admin/stats/rebuild").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).when().post("/api/v1/admin/stats/dead-letters/" + UUID.randomUUID() + "/skip")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theConsumerSendsItsServiceCredentialAndReportsItsLag() {
        int refusedBefore = FakeFeed.REFUSED_CREDENTIALS.get();
        catchUp();
        assertEquals(refusedBefore, FakeFeed.REFUSED_CREDENTIALS.get());
        given().when().get("/q/metrics").then().body(containsString("gongkai_feed_lag{feed=\"disclosure\"}"));
        given().when().get("/q/health/ready").then()
                .body("checks.find { it.name == 'event-feeds' }.data.'disclosure.lag'", is(0));
    }
}
