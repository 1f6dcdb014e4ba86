package io.gongkai.gateway.apikey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.gateway.testing.Keys;
import io.gongkai.gateway.testing.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyTest {

    @BeforeEach
    void clear() {
        Upstreams.clear();
    }

    @Test
    void creatingAKeyShowsItsSecretOnceAndNeverAgain() {
        JsonPath created = Keys.create("{\"name\":\"admissions system\",\"scopes\":[\"items:write\"],\"source\":\"admissions\","
                + "\"rateLimitPerMinute\":120}");
        String id = created.getString("id");
        assertTrue(created.getString("secret").matches("gk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}"), created.getString("secret"));
        assertEquals("admissions", created.getString("source"));
        assertEquals(120, created.getInt("rateLimitPerMinute"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys/" + id)
                .then().statusCode(200)
                .body("name", is("admissions system"))
                .body("scopes", hasItem("items:write"))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.secret", not(hasItem(notNullValue())))
                .body(not(containsString(created.getString("secret"))));
    }

    @Test
    void aWriteKeyReachesTheServiceAsAGatewaySignedTokenWithItsScopesAndSource() {
        JsonPath created = Keys.create("{\"name\":\"news\",\"scopes\":[\"items:write\",\"metrics:write\"],\"source\":\"news-office\"}");
        String authorization = given().header("Authorization", "ApiKey " + created.getString("secret"))
                .contentType("application/json").body("{\"title\":\"x\"}")
                .when().put("/api/v1/sources/news-office/items/n-1")
                .then().statusCode(200).extract().path("authorization");
        JsonWebToken jwt = Keys.verifiedForwardedToken(authorization, "disclosure-service");
        assertEquals(Set.of("items:write", "metrics:write"), jwt.getGroups());
        assertEquals("news-office", jwt.getClaim("source").toString().replace("\"", ""));
        assertEquals("key:" + created.getString("id"), jwt.getSubject());
        // what tells a key from a campus sign-on user, whose subject may look like anything
        assertEquals(created.getString("id"), jwt.getClaim("key_id").toString().replace("\"", ""));
        assertTrue(jwt.getExpirationTime() - System.currentTimeMillis() / 1000 <= 300);
        // the caller's own secret never reaches a service
        Upstreams.Seen seen = Upstreams.seen().get(0);
        assertTrue(seen.headers().entries().stream().noneMatch(h -> h.getValue().contains(created.getString("secret"))));
    }

    @Test
    void theXApiKeyHeaderWorksToo() {
        String secret = Keys.secret("[\"metrics:write\"]", "wechat", null);
        String authorization = given().header("X-Api-Key", secret).contentType("application/json").body("{}")
                .when().put("/api/v1/stats/metrics")
                .then().statusCode(200).extract().path("authorization");
        assertEquals(Set.of("metrics:write"), Keys.verifiedForwardedToken(authorization).getGroups());
        assertTrue(Upstreams.seen().get(0).headers().get("X-Api-Key") == null);
    }

    @Test
    void aReadOnlyKeyReadsButCannotWrite() {
        String secret = Keys.secret("[\"read\"]", null, null);
        String authorization = given().header("X-Api-Key", secret).when().get("/api/v1/stats/summary?year=2022")
                .then().statusCode(200).extract().path("authorization");
        assertEquals(Set.of("read"), Keys.verifiedForwardedToken(authorization).getGroups());
        Upstreams.clear();
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            given().header("X-Api-Key", secret).contentType("application/json").body("{}")
                    .when().request(method, "/api/v1/items")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString("read-only"));
        }
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        JsonPath created = Keys.create("{\"name\":\"soon gone\",\"scopes\":[\"read\"]}");
        String secret = created.getString("secret");
        given().header("X-Api-Key", secret).when().get("/api/v1/channels").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/admin/api-keys/" + created.getString("id"))
                .then().statusCode(204);
        Upstreams.clear();
        given().header("X-Api-Key", secret).when().get("/api/v1/channels")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        assertTrue(Upstreams.seen().isEmpty());
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys?includeRevoked=true")
                .then().statusCode(200)
                .body("items.find { it.id == '" + created.getString("id") + "' }.revokedAt", notNullValue());
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys")
                .then().body("items.id", not(hasItem(created.getString("id"))));
    }

    @Test
    void wrongOrMalformedKeysAre401AndReachNoService() {
        String secret = Keys.secret("[\"read\"]", null, null);
        String tampered = secret.substring(0, secret.length() - 2) + (secret.endsWith("AA") ? "BB" : "AA");
        for (String key : new String[] {tampered, "gk_nothing", "gk_" + "0".repeat(32) + "_" + "A".repeat(43), ""}) {
            given().header("X-Api-Key", key).when().get("/api/v1/channels")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").when().get("/api/v1/channels").then().statusCode(401);
        given().header("X-Api-Key", secret).header("Authorization", "Bearer " + Tokens.admin())
                .when().get("/api/v1/channels").then().statusCode(401);
        assertTrue(Upstreams.seen().isEmpty());
    }

    @Test
    void theLastUseOfAKeyIsRecorded() {
        JsonPath created = Keys.create("{\"name\":\"dashboard\",\"scopes\":[\"read\"]}");
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys/" + created.getString("id"))
                .then().body("lastUsedAt", nullValue());
        given().header("X-Api-Key", created.getString("secret")).when().get("/api/v1/channels").then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys/" + created.getString("id"))
                .then().body("lastUsedAt", notNullValue());
    }

    @Test
    void onlyAdminsManageKeysAndScopesAreChecked() {
        given().auth().oauth2(Tokens.editor("教务处")).contentType("application/json")
                .body("{\"name\":\"x\",\"scopes\":[\"read\"]}")
                .when().post("/api/v1/admin/api-keys").then().statusCode(403);
        given().contentType("application/json").body("{\"name\":\"x\",\"scopes\":[\"read\"]}")
                .when().post("/api/v1/admin/api-keys").then().statusCode(401);
        // a key cannot manage keys: admin endpoints take staff tokens only
        String secret = Keys.secret("[\"items:write\"]", "admissions", null);
        given().header("X-Api-Key", secret).when().get("/api/v1/admin/api-keys").then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"name\":\"x\",\"scopes\":[\"admin\"]}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(400).body("violations[0].field", is("scopes"));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"name\":\"\",\"scopes\":[],\"source\":\"Not A Source\"}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(400).body("violations.field", hasItem("source"));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/admin/api-keys/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys/" + java.util.UUID.randomUUID())
                .then().statusCode(404).body("type", matchesPattern(".*not-found"));
    }

    @Test
    void aKeySeesPublicItemsOnlyUnlessGrantedCampusVisibility() {
        JsonPath vendor = Keys.create("{\"name\":\"dashboard vendor\",\"scopes\":[\"read\"]}");
        assertEquals("PUBLIC", vendor.getString("sees"));
        assertEquals(null, vendor.getString("warning"));
        JsonPath campus = Keys.create("{\"name\":\"campus dashboard\",\"scopes\":[\"read\",\"items:read-campus\"]}");
        assertEquals("PUBLIC_AND_CAMPUS", campus.getString("sees"));
        assertTrue(campus.getString("warning").contains("campus-only"), campus.getString("warning"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys")
                .then().statusCode(200)
                .body("items.find { it.id == '" + vendor.getString("id") + "' }.sees", is("PUBLIC"))
                .body("items.find { it.id == '" + campus.getString("id") + "' }.sees", is("PUBLIC_AND_CAMPUS"))
                .body("items.warning", not(hasItem(notNullValue())));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys/" + campus.getString("id"))
                .then().statusCode(200).body("sees", is("PUBLIC_AND_CAMPUS")).body("$", not(org.hamcrest.Matchers.hasKey("warning")));
        // the scope travels in "groups", next to the key's id: disclosure-service shows campus items by it
        String authorization = given().header("X-Api-Key", campus.getString("secret")).when().get("/api/v1/items")
                .then().statusCode(200).extract().path("authorization");
        JsonWebToken jwt = Keys.verifiedForwardedToken(authorization, "disclosure-service");
        assertEquals(Set.of("read", "items:read-campus"), jwt.getGroups());
        assertEquals(campus.getString("id"), jwt.getClaim("key_id").toString().replace("\"", ""));
        String vendorAuthorization = given().header("X-Api-Key", vendor.getString("secret")).when().get("/api/v1/items")
                .then().statusCode(200).extract().path("authorization");
        assertEquals(Set.of("read"), Keys.verifiedForwardedToken(vendorAuthorization).getGroups());
    }

    @Test
    void aWriteKeyIsMadeOnlyForARegisteredSourceAskedWithTheAdminsToken() {
        Keys.create("{\"name\":\"finance system\",\"scopes\":[\"items:write\"],\"source\":\"finance\"}");
        Upstreams.Seen lookup = Upstreams.SOURCE_LOOKUPS.peek();
        assertEquals("/api/v1/sources/finance", lookup.uri());
        JsonWebToken jwt = Keys.verifiedForwardedToken(lookup.headers().get("Authorization"), "disclosure-service");
        assertEquals(Set.of("admin"), jwt.getGroups());
        // a read-only or metrics key needs no registered source
        Upstreams.clear();
        Keys.create("{\"name\":\"wechat metrics\",\"scopes\":[\"metrics:write\"],\"source\":\"wechat\"}");
        assertTrue(Upstreams.SOURCE_LOOKUPS.isEmpty());
    }

    @Test
    void aWriteKeyForAnUnregisteredSourceIsAConflictThatSaysToRegisterItFirst() {
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"name\":\"library system\",\"scopes\":[\"items:write\"],\"source\":\"library\"}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", matchesPattern(".*conflict"))
                .body("detail", containsString("POST /api/v1/sources"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys?includeRevoked=true")
                .then().statusCode(200).body("items.name", not(hasItem("library system")));
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"name\":\"no source\",\"scopes\":[\"items:write\"]}")
                .when().post("/api/v1/admin/api-keys")
                .then().statusCode(400).body("violations[0].field", is("source"));
    }

    @Test
    void aWriteKeyIsNotMadeWhileDisclosureIsDown() {
        Upstreams.stop("disclosure");
        try {
            given().auth().oauth2(Tokens.admin()).contentType("application/json")
                    .body("{\"name\":\"while down\",\"scopes\":[\"items:write\"],\"source\":\"hr\"}")
                    .when().post("/api/v1/admin/api-keys")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", matchesPattern(".*unavailable"))
                    .body("detail", containsString("no key was created"));
        } finally {
            Upstreams.start("disclosure");
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys?includeRevoked=true")
                .then().statusCode(200).body("items.name", not(hasItem("while down")));
    }
}
