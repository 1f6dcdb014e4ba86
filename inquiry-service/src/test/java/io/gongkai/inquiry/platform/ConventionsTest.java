package io.gongkai.inquiry.platform;

import io.gongkai.commons.testing.ServiceConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String jsonWritePath() {
        return "/api/v1/calendar/2031";
    }

    @Override
    protected String jsonWriteMethod() {
        return "PUT";
    }

    @Override
    protected String tokenAllowedToWrite() {
        return Tokens.admin();
    }

}
