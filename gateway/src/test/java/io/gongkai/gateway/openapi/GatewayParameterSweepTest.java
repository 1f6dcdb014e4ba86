package io.gongkai.gateway.openapi;

import static io.restassured.RestAssured.given;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.commons.testing.contract.ParameterSweepTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Every parameter of the gateway's own GET operations, malformed and hostile, asked by an admin. */
@QuarkusTest
@TestProfile(OwnDocumentProfile.class)
class GatewayParameterSweepTest extends ParameterSweepTest {

    @Override
    protected Map<String, String> headers(String path) {
        return Map.of("Authorization", "Bearer " + Tokens.admin());
    }

    /** The first queries of a fresh start warm Hibernate and the pool: the 2 s bound is for the values, not for that. */
    @BeforeEach
    void warmUp() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/api-keys").then().statusCode(200);
    }
}
