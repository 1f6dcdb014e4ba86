package io.gongkai.inquiry.platform;

import io.gongkai.commons.testing.Tokens;
import io.gongkai.commons.testing.contract.ParameterSweepTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/** Every GET parameter, malformed and hostile, asked by a caller allowed to read it. */
@QuarkusTest
class ParameterTest extends ParameterSweepTest {

    @Override
    protected Map<String, String> headers(String path) {
        if (path.startsWith("/internal/")) {
            return Map.of("X-Service-Credential", "test-feed-credential");
        }
        // an admin reads everything staff may; the applicant's view takes the documented X-Access-Code when it is required
        return Map.of("Authorization", "Bearer " + Tokens.admin());
    }
}
