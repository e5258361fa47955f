package io.fazhi.platform.retry;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached from a request or an event the database refused: the
 * first is worth waiting for (the same work succeeds once the server is back), the second is not.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /**
     * The failure to get or keep a connection among {@code e}'s causes, or null: the pool's wait for a
     * free connection ran out (Agroal says so only in its message), the server cannot be reached (SQL
     * state class 08), is shutting down, crashed or is starting (57P01–57P03), or has no connection
     * left (53300).
     */
    public static SQLException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (sql instanceof SQLTransientConnectionException
                        || state.startsWith("08")
                        || state.matches("57P0[123]|53300")
                        || String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                    return sql;
                }
            }
        }
        return null;
    }
}
