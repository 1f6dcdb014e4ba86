package io.gongkai.disclosure.outbox;

import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DisclosureEventFeedTest extends EventFeedConventionsTest {
}
