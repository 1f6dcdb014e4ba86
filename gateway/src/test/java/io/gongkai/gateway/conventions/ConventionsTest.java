package io.gongkai.gateway.conventions;

import io.gongkai.commons.testing.ServiceConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

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

    @Override
    protected String someWriteBody() {
        return "{\"name\":\"conventions\",\"scopes\":[\"read\"]}";
    }
}
