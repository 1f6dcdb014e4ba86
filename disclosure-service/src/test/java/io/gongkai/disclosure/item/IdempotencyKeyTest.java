package io.gongkai.disclosure.item;

import static io.gongkai.disclosure.item.Fixtures.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST /api/v1/items: a retried create never makes a second item. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String ADMIN = Tokens.admin();

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheFirstItem() {
        String tag = tag();
        String key = UUID.randomUUID().toString();
        Response first = create(ADMIN, key, item("招生咨询公告-" + tag, "ADMISSIONS"));
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response retry = create(ADMIN, key, item("招生咨询公告-" + tag, "ADMISSIONS"));
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", is("true"))
                .header("Location", is(first.header("Location")))
                .header("ETag", is("\"1\""))
                .body("id", is(first.path("id").toString()))
                .body("status", is("DRAFT"));
        assertEquals(1, drafts(tag));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String tag = tag();
        String key = UUID.randomUUID().toString();
        create(ADMIN, key, item("预算公开-" + tag, "FINANCE")).then().statusCode(201);
        create(ADMIN, key, item("决算公开-" + tag, "FINANCE")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("https://gongkai.io/problems/idempotency-key-reused"));
        assertEquals(1, drafts(tag));
    }

    @Test
    void keysBelongToTheirCaller() {
        String tag = tag();
        String key = UUID.randomUUID().toString();
        String otherAdmin = Tokens.forSubject("admin-2", Map.of(), "admin");
        String one = create(ADMIN, key, item("人事公告-" + tag, "HR")).then().statusCode(201).extract().path("id");
        String two = create(otherAdmin, key, item("人事公告-" + tag, "HR")).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).extract().path("id");
        assertNotEquals(one, two);
        assertEquals(2, drafts(tag));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String tag = tag();
        create(ADMIN, null, item("学生资助-" + tag, "STUDENT_AFFAIRS")).then().statusCode(201);
        create(ADMIN, null, item("学生资助-" + tag, "STUDENT_AFFAIRS")).then().statusCode(201);
        assertEquals(2, drafts(tag));
    }

    @Test
    void aMalformedKeyIs400AndCreatesNothing() {
        String tag = tag();
        for (String bad : new String[] {"x".repeat(201), "has space", "caf\u00e9"}) {
            create(ADMIN, bad, item("采购公告-" + tag, "FINANCE")).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", is("Idempotency-Key"));
        }
        assertEquals(0, drafts(tag));
    }

    @Test
    void concurrentRetriesOfOneKeyCreateOneItem() throws Exception {
        String tag = tag();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> create(ADMIN, key, item("应急预案-" + tag, "PRESIDENT_OFFICE"))));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "one item for one key: " + ids);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, drafts(tag));
    }

    private static Response create(String token, String key, Map<String, Object> body) {
        var request = given().header("Authorization", "Bearer " + token).contentType("application/json").body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/items");
    }

    /** How many drafts carry the tag in their title (searched as staff). */
    private static int drafts(String tag) {
        return given().header("Authorization", "Bearer " + ADMIN).queryParam("q", tag).queryParam("status", "DRAFT").queryParam("limit", 50)
                .when().get("/api/v1/items")
                .then().statusCode(200).extract().path("items.size()");
    }

    private static String tag() {
        return "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
