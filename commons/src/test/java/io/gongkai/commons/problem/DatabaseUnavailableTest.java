package io.gongkai.commons.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedConnectionAnywhereInTheCauseChainIsUnavailability() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertTrue(ProblemMappers.isDatabaseUnavailable(new RuntimeException(refused)));
        assertTrue(ProblemMappers.isDatabaseUnavailable(new JDBCConnectionException("down", refused)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(ProblemMappers.isDatabaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("bug")));
    }
}
