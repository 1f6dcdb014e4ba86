package io.gongkai.gateway.conventions;

import io.gongkai.commons.testing.ServiceConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.gongkai.gateway.testing.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String jsonWritePath() {
        return "/api/v1/admin/api-keys";
    }

    @Override
    protected String jsonWriteMethod() {
        return "POST";
    }

    @Override
    protected String tokenAllowedToWrite() {
        return Tokens.admin();
    }

    /** The gateway's metrics are an operator's (an API key with the ops:metrics scope). */
    @Override
    protected RequestSpecification metricsReader() {
        return given().header("X-Api-Key", Keys.secret("[\"ops:metrics\"]", null, null));
    }

    @Override
    protected String someWriteBody() {
        return "{\"name\":\"conventions\",\"scopes\":[\"read\"]}";
    }
}
