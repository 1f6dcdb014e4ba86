package io.gongkai.disclosure.contract;

import io.gongkai.commons.outbox.FeedConsumers;
import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.gongkai.commons.testing.Tokens;
import io.gongkai.commons.testing.contract.ParameterSweepTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/** Every GET parameter of the document, swept as an admin (who may read every operation), the feed with its credential. */
@QuarkusTest
class DisclosureParameterSweepTest extends ParameterSweepTest {

    private static final String ADMIN = Tokens.admin();

    @Override
    protected Map<String, String> headers(String path) {
        if (path.startsWith("/internal/")) {
            return Map.of(FeedConsumers.HEADER, EventFeedConventionsTest.TEST_CREDENTIAL);
        }
        return Map.of("Authorization", "Bearer " + ADMIN);
    }
}
