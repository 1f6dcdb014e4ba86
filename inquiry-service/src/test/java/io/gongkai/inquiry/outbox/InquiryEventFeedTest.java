package io.gongkai.inquiry.outbox;

import io.gongkai.commons.testing.EventFeedConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InquiryEventFeedTest extends EventFeedConventionsTest {
}
