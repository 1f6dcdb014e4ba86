package io.gongkai.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ./run.sh sets GONGKAI_BOOTSTRAP_ADMIN_*: the gateway is ready only once that admin can log in. */
@QuarkusTest
@TestProfile(BootstrapAdminTest.WithBootstrapAdmin.class)
class BootstrapAdminTest {

    public static class WithBootstrapAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gongkai.bootstrap.admin-user", "bootstrap-admin",
                    "gongkai.bootstrap.admin-password", "a long bootstrap password");
        }
    }

    @Test
    void theBootstrapAdminExistsOnceTheGatewayIsReady() throws InterruptedException {
        String state = null;
        for (int i = 0; i < 50; i++) {
            state = given().when().get("/q/health/ready")
                    .then().extract().path("checks.find { it.name == 'bootstrap-admin' }.data.state");
            if ("created".equals(state) || "staff accounts exist".equals(state)) {
                break;
            }
            Thread.sleep(200);
        }
        // other test classes may have made accounts in this database before: then none is created, as on a second start
        assertTrue("created".equals(state) || "staff accounts exist".equals(state), state);
        given().when().get("/q/health/ready").then().statusCode(200);
        if ("created".equals(state)) {
            given().contentType("application/json")
                    .body("{\"username\":\"bootstrap-admin\",\"password\":\"a long bootstrap password\"}")
                    .when().post("/api/v1/auth/token")
                    .then().statusCode(200).body("tokenType", is("Bearer"));
        }
    }
}
