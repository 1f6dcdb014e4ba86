package io.gongkai.stats.metric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.stats.feed.FakeFeed;
import io.gongkai.stats.feed.FeedConsumer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' figures: channel totals narrowed to a unit or a checklist category, series per day, week, month
 * or year, as JSON or CSV, with an ETag. Item postings come through the fake feed; each test has a year of its own.
 */
@QuarkusTest
@QuarkusTestResource(FakeFeed.class)
class DashboardTest {

    @Inject
    FeedConsumer consumer;

    private void publish(String unit, int category, String at, String... channels) {
        StringBuilder list = new StringBuilder();
        for (String c : channels) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(c).append('"');
        }
        FakeFeed.add("item.published", UUID.randomUUID().toString(), at, "{\"status\":\"PUBLISHED\",\"category\":" + category
                + ",\"unit\":\"" + unit + "\",\"audience\":\"PUBLIC\",\"publishedAt\":\"" + at + "\",\"channels\":[" + list + "]}");
    }

    private void catchUp() {
        for (int i = 0; i < 50 && !(i > 0 && consumer.status().get(0).lag() == 0); i++) {
            consumer.pollOnce("disclosure");
        }
    }

    private static void pushed(String channel, String period, long count) {
        given().auth().oauth2(Tokens.sourceSystem("media-office", "metrics:write")).contentType("application/json")
                .body("{\"channel\":\"" + channel + "\",\"period\":\"" + period + "\",\"count\":" + count + ",\"source\":\"media-office\"}")
                .when().put("/api/v1/stats/metrics").then().statusCode(201);
    }

    @Test
    void aMonthlySeriesAddsUpToTheTotalsAndNarrowsToAUnitOrACategory() {
        publish("ADMISSIONS", 2, "2061-09-05T09:00:00+08:00", "PORTAL", "WECHAT");
        publish("HR", 1, "2061-09-20T09:00:00+08:00", "PORTAL");
        publish("ADMISSIONS", 2, "2061-11-02T09:00:00+08:00", "PORTAL");
        catchUp();
        pushed("EXTERNAL_MEDIA", "2061-10", 120);

        given().queryParam("from", "2061-09-01").queryParam("to", "2061-12-31").queryParam("granularity", "month")
                .when().get("/api/v1/stats/channels").then().statusCode(200)
                .body("total", is(124)).body("granularity", is("month")).body("series", hasSize(4))
                .body("series[0].period", is("2061-09")).body("series[0].total", is(3))
                .body("series[0].channels.find { it.channel == 'PORTAL' }.count", is(2))
                .body("series[1].period", is("2061-10")).body("series[1].total", is(120))
                .body("series[1].channels[0].source", is("PUSHED"))
                .body("series[2].total", is(1)).body("series[3].period", is("2061-12")).body("series[3].total", is(0))
                .body("unit", nullValue());
        // a unit's figures are its item postings only: a pushed figure belongs to no unit
        given().queryParam("from", "2061-09-01").queryParam("to", "2061-12-31").queryParam("unit", "ADMISSIONS")
                .when().get("/api/v1/stats/channels").then().statusCode(200)
                .body("total", is(3)).body("unit", is("ADMISSIONS")).body("series", hasSize(0))
                .body("channels.find { it.channel == 'EXTERNAL_MEDIA' }", nullValue());
        given().queryParam("from", "2061-09-01").queryParam("to", "2061-12-31").queryParam("category", 1).queryParam("granularity", "year")
                .when().get("/api/v1/stats/channels").then().statusCode(200)
                .body("total", is(1)).body("category", is(1)).body("series", hasSize(1)).body("series[0].period", is("2061"));
        given().queryParam("from", "2061-01-01").queryParam("to", "2061-12-31").queryParam("granularity", "academic_year")
                .when().get("/api/v1/stats/channels").then().statusCode(200)
                .body("series", hasSize(2)).body("series[0].period", is("AY2061")).body("series[0].total", is(0))
                .body("series[1].period", is("AY2062")).body("series[1].from", is("2061-09-01")).body("series[1].total", is(124));
    }

    @Test
    void aWeeklySeriesComesAsCsv() {
        publish("FINANCE", 3, "2062-03-02T09:00:00+08:00", "PORTAL", "NEWSPAPER");
        catchUp();
        given().accept("text/csv").queryParam("from", "2062-03-01").queryParam("to", "2062-03-10").queryParam("granularity", "week")
                .when().get("/api/v1/stats/channels").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("channels.csv"))
                .body(is("period,from,to,channel,count,source\r\n"
                        + "2062-W09,2062-03-01,2062-03-05,NEWSPAPER,1,ITEMS\r\n"
                        + "2062-W09,2062-03-01,2062-03-05,PORTAL,1,ITEMS\r\n"));
    }

    @Test
    void theSameFiguresAnswer304ToTheirETagAndNewFiguresGetANewOne() {
        pushed("TV", "2063-04", 7);
        String etag = given().queryParam("year", 2063).when().get("/api/v1/stats/channels").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("max-age=60")).body("total", is(7))
                .extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("year", 2063).when().get("/api/v1/stats/channels").then().statusCode(304)
                .header("ETag", is(etag)).body(emptyString());
        // the CSV is another representation, with its own tag
        given().accept("text/csv").header("If-None-Match", etag).queryParam("year", 2063).when().get("/api/v1/stats/channels")
                .then().statusCode(200).header("ETag", not(etag));
        pushed("TV", "2063-05", 5);
        given().header("If-None-Match", etag).queryParam("year", 2063).when().get("/api/v1/stats/channels").then().statusCode(200)
                .header("ETag", not(etag)).body("total", is(12));
    }

    @Test
    void badDashboardQueriesAreProblemsNamingTheParameter() {
        given().queryParam("year", 2064).queryParam("granularity", "hourly").when().get("/api/v1/stats/channels").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("granularity"));
        given().queryParam("year", 2064).queryParam("unit", "admissions office").when().get("/api/v1/stats/channels").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("unit"));
        given().queryParam("year", 2064).queryParam("category", 0).when().get("/api/v1/stats/channels").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("category"));
        given().queryParam("from", "2055-01-01").queryParam("to", "2064-12-31").queryParam("granularity", "day")
                .when().get("/api/v1/stats/channels").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("granularity"))
                .body("detail", containsString("1000"));
    }
}
