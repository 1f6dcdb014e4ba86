package io.gongkai.disclosure.database;

import io.gongkai.commons.testing.DatabaseLaterProfile;
import io.gongkai.commons.testing.DatabaseRecoveryConventionsTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(DatabaseLaterProfile.class)
class DatabaseRecoveryTest extends DatabaseRecoveryConventionsTest {

    @Override
    protected String databaseBackedPath() {
        return "/api/v1/items?q=招生";
    }
}
