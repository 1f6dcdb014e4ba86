package io.gongkai.disclosure.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The findings of the contract review (issue 13) that concern disclosure-service, each as it should be now. */
@QuarkusTest
class ContractReviewTest {

    @Test
    void aBlankDateIsA400NamingItNotA500() {
        for (String blank : new String[] {"%20", "+"}) {
            given().urlEncodingEnabled(false).when().get("/api/v1/items?to=" + blank)
                    .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("to"));
        }
    }

    @Test
    void invalidBooleansAre400sNotFalse() {
        given().queryParam("facets", "maybe").when().get("/api/v1/items")
                .then().statusCode(400).body("violations.field", hasItem("facets"));
        given().queryParam("includeInactive", "abc").when().get("/api/v1/channels")
                .then().statusCode(400).body("violations.field", hasItem("includeInactive"));
        given().queryParam("includeInactive", "abc").when().get("/api/v1/units")
                .then().statusCode(400).body("violations.field", hasItem("includeInactive"));
        given().queryParam("year", 2022).queryParam("gapsFirst", "0").when().get("/api/v1/checklist/coverage")
                .then().statusCode(400).body("violations.field", hasItem("gapsFirst"));
    }

    @Test
    void blankTextFiltersAre400sNamingThem() {
        for (String name : List.of("q", "unit", "channel", "checklistItem", "cursor")) {
            given().urlEncodingEnabled(false).when().get("/api/v1/items?" + name + "=%20")
                    .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(name));
        }
        given().urlEncodingEnabled(false).when().get("/api/v1/checklist?version=%20")
                .then().statusCode(400).body("violations.field", hasItem("version"));
        // an empty one is the filter left out
        given().urlEncodingEnabled(false).when().get("/api/v1/items?unit=&q=").then().statusCode(200);
    }

    @Test
    void nullsAreSentOnlyWhereTheDocumentSaysNullable() {
        // the validator checks each answer: a last page's nextCursor, a channel without description, coverage by dates
        given().queryParam("limit", 200).when().get("/api/v1/items").then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json")
                .body(Map.of("code", "NO_DESC_" + System.nanoTime() % 100000, "name", "无说明渠道", "countedPer", "条"))
                .when().post("/api/v1/channels").then().statusCode(201).body("description", nullValue());
        given().queryParam("includeInactive", true).when().get("/api/v1/channels").then().statusCode(200);
        given().queryParam("from", "2021-09-01").queryParam("to", "2022-08-31").when().get("/api/v1/checklist/coverage")
                .then().statusCode(200).body("year", nullValue());
    }

    @Test
    void unauthenticatedAndForbiddenWritesAreDocumentedProblems() {
        given().contentType("application/json").body(Map.of("title", "x", "unit", "HR"))
                .when().post("/api/v1/items").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.editor("HR")).contentType("application/json")
                .body(Map.of("code", "NOPE", "name", "不行", "countedPer", "条"))
                .when().post("/api/v1/channels").then().statusCode(403).contentType("application/problem+json");
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/items'.post.responses.'401'", notNullValue())
                .body("paths.'/api/v1/items'.post.responses.'403'", notNullValue())
                .body("paths.'/api/v1/items'.post.responses.'413'", notNullValue())
                .body("paths.'/api/v1/sources/{source}/items:batch'.post.responses.'413'", notNullValue())
                .body("paths.'/api/v1/sources/{source}/items:batch'.post.operationId", is("pushItemBatch"))
                .body("paths.'/api/v1/sources/{source}/items:batch'.post.requestBody.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/BatchRequest"))
                .body("components.schemas.BatchRequest.properties.records.items.'$ref'", is("#/components/schemas/PushRecord"))
                .body("components.securitySchemes.jwt.scheme", is("bearer"))
                .body("paths.'/api/v1/items'.get.security", containsInAnyOrder(Map.of(), Map.of("jwt", List.of())))
                .body("paths.'/api/v1/items/{id}'.get.responses.'200'.headers.ETag", notNullValue())
                .body("paths.'/api/v1/items'.post.responses.'201'.headers.Location", notNullValue());
    }

    @Test
    void theSourcesRoutesAnswer405WithAllowForAMethodTheyDoNotServe() {
        String admin = Tokens.admin();
        given().header("Authorization", "Bearer " + admin).when().delete("/api/v1/sources/admissions/items/zs-1")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", containsString("PUT"));
        given().header("Authorization", "Bearer " + admin).when().get("/api/v1/sources/admissions/items:batch")
                .then().statusCode(405).header("Allow", containsString("POST"));
        given().header("Authorization", "Bearer " + admin).when().delete("/api/v1/sources/admissions")
                .then().statusCode(405).header("Allow", containsString("GET")).header("Allow", containsString("PUT"));
        given().header("Authorization", "Bearer " + admin).when().delete("/api/v1/channels")
                .then().statusCode(405).header("Allow", containsString("GET")).header("Allow", containsString("POST"));
        // OPTIONS lists what the path serves, nothing that would then answer 405
        given().when().options("/api/v1/sources/admissions/items:batch")
                .then().statusCode(204).header("Allow", containsString("POST")).header("Allow", not(containsString("GET")));
        // a path no route has stays a 404
        given().header("Authorization", "Bearer " + admin).when().post("/api/v1/sources/admissions/other:operation")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
