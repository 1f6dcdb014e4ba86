package io.gongkai.stats.platform;

import io.gongkai.commons.testing.ServiceConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String jsonWritePath() {
        return "/api/v1/stats/metrics";
    }

    @Override
    protected String jsonWriteMethod() {
        return "PUT";
    }

    @Override
    protected String tokenAllowedToWrite() {
        return Tokens.sourceSystem("news-office", "metrics:write");
    }

}
