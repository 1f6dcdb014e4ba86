package io.gongkai.commons.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseErrorsTest {

    @Test
    void aRefusedConnectionAnywhereInTheCauseChainIsAnOutage() {
        SQLException refused = new SQLException("Connection refused", "08001");
        assertTrue(DatabaseErrors.unavailable(new RuntimeException(refused)));
        assertTrue(DatabaseErrors.unavailable(new JDBCConnectionException("down", refused)));
    }

    /** admin shutdown, crash shutdown, cannot connect now, too many connections, connection failure */
    @ParameterizedTest
    @ValueSource(strings = {"57P01", "57P02", "57P03", "53300", "08006", "08003"})
    void serverGoingAwayIsAnOutage(String state) {
        SQLException e = new SQLException("terminating connection", state);
        assertTrue(DatabaseErrors.unavailable(e));
        assertTrue(DatabaseErrors.unavailable(new GenericJDBCException("could not execute", e)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "42P01", "22001", "40001", "57014"})
    void queryErrorsAreNot(String state) {
        assertFalse(DatabaseErrors.unavailable(new SQLException("bug", state)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseErrors.unavailable(new IllegalStateException("bug")));
        assertFalse(DatabaseErrors.unavailable(new SQLException("no state")));
    }
}
