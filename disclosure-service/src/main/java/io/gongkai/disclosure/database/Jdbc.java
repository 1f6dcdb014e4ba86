package io.gongkai.disclosure.database;

import io.gongkai.commons.problem.ProblemException;
import java.sql.SQLException;

/** Turns JDBC failures into what the problem mappers understand (503 when the database is down). */
public final class Jdbc {

    private Jdbc() {
    }

    public static RuntimeException wrap(SQLException e) {
        String state = e.getSQLState();
        if ("23505".equals(state)) {
            return ProblemException.conflict("The change conflicts with a concurrent change; retry");
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return new ProblemException(409, "conflict", "Conflict", "Concurrent change; retry");
        }
        if (state != null && (state.startsWith("22") || state.equals("54000"))) {
            return ProblemException.badRequest("A value does not fit what the database accepts");
        }
        return new DatabaseException(e);
    }

    /** An unexpected database failure; its cause tells the mappers whether the database is down. */
    public static class DatabaseException extends RuntimeException {
        public DatabaseException(SQLException cause) {
            super("database failure (SQL state " + cause.getSQLState() + ")", cause);
        }
    }
}
