package io.gongkai.stats.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricResourceTest {

    private static String push(String channel, String period, long count, String source) {
        return "{\"channel\":\"" + channel + "\",\"period\":\"" + period + "\",\"count\":" + count
                + ",\"source\":\"" + source + "\"}";
    }

    @Test
    void pushingTheSameFigureTwiceIsUnchangedAndAChangedOneUpdates() {
        String token = Tokens.sourceSystem("news-office", "metrics:write");
        given().auth().oauth2(token).contentType("application/json").body(push("TV", "AY2031", 29, "news-office"))
                .when().put("/api/v1/stats/metrics")
                .then().statusCode(201).body("result", is("created")).body("from", is("2030-09-01"));
        given().auth().oauth2(token).contentType("application/json").body(push("TV", "AY2031", 29, "news-office"))
                .when().put("/api/v1/stats/metrics")
                .then().statusCode(200).body("result", is("unchanged"));
        given().auth().oauth2(token).contentType("application/json").body(push("TV", "AY2031", 30, "news-office"))
                .when().put("/api/v1/stats/metrics")
                .then().statusCode(200).body("result", is("updated")).body("count", is(30));
        given().queryParam("year", 2031).when().get("/api/v1/stats/channels")
                .then().statusCode(200)
                .body("total", is(30))
                .body("channels.find { it.channel == 'TV' }.count", is(30));
    }

    @Test
    void totalsAddUpPerChannelAndComeAsCsvOnRequest() {
        String token = Tokens.sourceSystem("media-office", "metrics:write");
        given().auth().oauth2(token).contentType("application/json").body(push("EXTERNAL_MEDIA", "2032-01", 120, "media-office"))
                .when().put("/api/v1/stats/metrics").then().statusCode(201);
        given().auth().oauth2(token).contentType("application/json").body(push("EXTERNAL_MEDIA", "2032-03-05", 180, "media-office"))
                .when().put("/api/v1/stats/metrics").then().statusCode(201);
        // outside academic year 2032 (it ends 2032-08-31)
        given().auth().oauth2(token).contentType("application/json").body(push("EXTERNAL_MEDIA", "2032-09", 999, "media-office"))
                .when().put("/api/v1/stats/metrics").then().statusCode(201);
        given().queryParam("year", 2032).when().get("/api/v1/stats/channels")
                .then().statusCode(200)
                .body("from", is("2031-09-01")).body("to", is("2032-08-31"))
                .body("channels.find { it.channel == 'EXTERNAL_MEDIA' }.count", is(300));
        given().accept("text/csv").queryParam("from", "2032-01-01").queryParam("to", "2032-03-31")
                .when().get("/api/v1/stats/channels")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(is("channel,count\r\nEXTERNAL_MEDIA,300\r\n"));
    }

    @Test
    void aKeyPushesOnlyAsItsOwnSource() {
        given().auth().oauth2(Tokens.sourceSystem("news-office", "metrics:write")).contentType("application/json")
                .body(push("TV", "AY2036", 1, "finance"))
                .when().put("/api/v1/stats/metrics")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.sourceSystem("news-office", "items:write")).contentType("application/json")
                .body(push("TV", "AY2036", 1, "news-office"))
                .when().put("/api/v1/stats/metrics")
                .then().statusCode(403);
        given().queryParam("year", 2036).when().get("/api/v1/stats/channels").then().body("total", is(0));
    }

    @Test
    void badFiguresAre400AndChangeNothing() {
        String token = Tokens.sourceSystem("news-office", "metrics:write");
        String[] bad = {
            push("TV", "2034", 1, "news-office"),
            push("TV", "2034-02-30", 1, "news-office"),
            push("tv; drop table channel_metric", "AY2034", 1, "news-office"),
            push("TV", "AY2034", -1, "news-office"),
            "{\"channel\":\"TV\",\"period\":\"AY2034\",\"count\":\"many\",\"source\":\"news-office\"}",
            "{\"channel\":\"TV\",\"period\":\"AY2034\",\"source\":\"news-office\"}",
            "[]",
        };
        for (String body : bad) {
            given().auth().oauth2(token).contentType("application/json").body(body)
                    .when().put("/api/v1/stats/metrics")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().queryParam("year", 2034).when().get("/api/v1/stats/channels").then().body("total", is(0));
    }

    @Test
    void badQueriesAre400() {
        given().when().get("/api/v1/stats/channels").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 1800).when().get("/api/v1/stats/channels").then().statusCode(400);
        given().queryParam("year", "soon").when().get("/api/v1/stats/channels").then().statusCode(400);
        given().queryParam("from", "2022-09-01").queryParam("to", "2022-01-01").when().get("/api/v1/stats/channels")
                .then().statusCode(400).body("violations[0].field", is("to"));
        given().queryParam("from", "yesterday").queryParam("to", "2022-01-01").when().get("/api/v1/stats/channels")
                .then().statusCode(400).body("violations[0].field", is("from"));
    }
}
