package io.gongkai.inquiry.platform;

import io.gongkai.commons.testing.DatabaseDownConventionsTest;
import io.gongkai.commons.testing.DatabaseDownProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(DatabaseDownProfile.class)
class DatabaseDownTest extends DatabaseDownConventionsTest {

    @Override
    protected String databaseBackedPath() {
        return "/api/v1/calendar/2022";
    }
}
