package io.gongkai.gateway.openapi;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.commons.testing.contract.ParameterSweepTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/** Every parameter of the gateway's own GET operations, malformed and hostile, asked by an admin. */
@QuarkusTest
@TestProfile(OwnDocumentProfile.class)
class GatewayParameterSweepTest extends ParameterSweepTest {

    @Override
    protected Map<String, String> headers(String path) {
        return Map.of("Authorization", "Bearer " + Tokens.admin());
    }
}
