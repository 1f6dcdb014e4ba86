package io.gongkai.disclosure.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataResourceTest {

    @Test
    void unitsArePublicAndAdminsManageThem() {
        given().when().get("/api/v1/units").then().statusCode(200).body("code", hasItem("ADMISSIONS"));
        String code = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        given().header("Authorization", "Bearer " + Tokens.editor("HR")).contentType("application/json").body(Map.of("code", code, "name", "图书馆"))
                .when().post("/api/v1/units").then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("code", code, "name", "图书馆"))
                .when().post("/api/v1/units").then().statusCode(201).header("ETag", "\"0\"");
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("code", code, "name", "图书馆"))
                .when().post("/api/v1/units").then().statusCode(409);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").header("If-Match", "\"7\"")
                .body(Map.of("code", code, "name", "图书馆（新）")).when().put("/api/v1/units/" + code).then().statusCode(412);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").header("If-Match", "\"0\"")
                .body(Map.of("code", code, "name", "图书馆（新）", "active", false)).when().put("/api/v1/units/" + code)
                .then().statusCode(200).body("name", is("图书馆（新）"));
        given().when().get("/api/v1/units").then().body("code", not(hasItem(code)));
        given().when().get("/api/v1/units/" + code).then().statusCode(200).body("active", is(false));
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("code", "lower", "name", "x"))
                .when().post("/api/v1/units").then().statusCode(400);
        // an inactive unit cannot get new items
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("title", "x", "unit", code))
                .when().post("/api/v1/items").then().statusCode(400);
    }

    @Test
    void sourceSystemsAreAdminData() {
        given().when().get("/api/v1/sources").then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.editor("HR")).when().get("/api/v1/sources").then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.auditor()).when().get("/api/v1/sources").then().statusCode(200).body("code", hasItem("admissions"));
        String code = "sys-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("code", code, "name", "新系统", "units", java.util.List.of("HR")))
                .when().post("/api/v1/sources").then().statusCode(201);
        given().header("Authorization", "Bearer " + Tokens.sourceSystem(code, "items:write")).contentType("application/json")
                .body(Map.of("title", "新系统推送", "unit", "HR"))
                .when().put("/api/v1/sources/" + code + "/items/x-1").then().statusCode(201);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType("application/json").body(Map.of("code", code, "name", "新系统", "active", false))
                .when().put("/api/v1/sources/" + code).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.sourceSystem(code, "items:write")).contentType("application/json")
                .body(Map.of("title", "新系统推送", "unit", "HR"))
                .when().put("/api/v1/sources/" + code + "/items/x-2").then().statusCode(403);
    }
}
