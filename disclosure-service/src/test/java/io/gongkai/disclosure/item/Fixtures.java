package io.gongkai.disclosure.item;

import static io.restassured.RestAssured.given;

import io.gongkai.commons.testing.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test data through the API: every test makes its own items with unique titles. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> item(String title, String unit) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", title);
        item.put("unit", unit);
        return item;
    }

    /** Creates a draft as admin; returns its id. */
    public static String draft(Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(body)
                .when().post("/api/v1/items")
                .then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes as admin; returns its id. */
    public static String published(Map<String, Object> body) {
        String id = draft(body);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body("{}")
                .when().post("/api/v1/items/" + id + "/publish")
                .then().statusCode(200);
        return id;
    }

    /** Pushes one record as an admin acting for the source; returns the response. */
    public static ValidatableResponse push(String source, String externalId, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(body)
                .when().put("/api/v1/sources/" + source + "/items/" + externalId)
                .then();
    }

    /**
     * Lets the source's key push publication dates of past years (test data is of 2022): an admin's setting on the
     * source, as a university would set it while a system loads its history.
     */
    public static void allowBackfill(String source) {
        ValidatableResponse current = given().header("Authorization", "Bearer " + Tokens.admin())
                .when().get("/api/v1/sources/" + source).then().statusCode(200);
        if (Boolean.TRUE.equals(current.extract().path("backfillAllowed"))) {
            return;
        }
        given().header("Authorization", "Bearer " + Tokens.admin()).header("If-Match", current.extract().header("ETag"))
                .contentType("application/json")
                .body(Map.of("code", source, "name", current.extract().path("name"), "backfillAllowed", true))
                .when().put("/api/v1/sources/" + source).then().statusCode(200);
    }

    public static Map<String, Object> posting(String channel, String url) {
        Map<String, Object> p = new HashMap<>();
        p.put("channel", channel);
        p.put("url", url);
        return p;
    }

    public static Map<String, Object> with(Map<String, Object> body, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(body);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    public static List<Map<String, Object>> postings(Map<String, Object>... postings) {
        return List.of(postings);
    }
}
