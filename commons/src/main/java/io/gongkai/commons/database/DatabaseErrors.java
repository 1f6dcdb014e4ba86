package io.gongkai.commons.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The one definition of "the database is down" (as opposed to a query bug): callers answer 503 with
 * Retry-After for these, and 500 for everything else.
 */
public final class DatabaseErrors {

    /**
     * PostgreSQL states that mean the server went away or cannot take us now: admin shutdown, crash
     * shutdown, cannot connect now, too many connections. Class 08 (connection exception) is matched as a class.
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseErrors() {
    }

    public static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && outageState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && outageState(jdbc.getSQLState())) {
                return true;
            }
            if (t.getClass().getName().startsWith("io.agroal") && String.valueOf(t.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    static boolean outageState(String state) {
        return state != null && (state.startsWith("08") || OUTAGE_STATES.contains(state));
    }
}
