package io.gongkai.disclosure.database;

import io.gongkai.commons.testing.DatabaseDownConventionsTest;
import io.gongkai.commons.testing.DatabaseDownProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(DatabaseDownProfile.class)
class DatabaseDownTest extends DatabaseDownConventionsTest {

    @Override
    protected String databaseBackedPath() {
        return "/api/v1/channels";
    }
}
