package io.fazhi.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A PostgreSQL server the suite can use, whoever started it. */
public interface PostgresServer extends AutoCloseable {

    String host();

    int port();

    String user();

    String password();

    /** How it was provided: configured, testcontainers or embedded. */
    String origin();

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates the database unless it exists: one database per service. */
    default void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            // Two JVMs creating the same database at once: the loser finds it there.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("cannot create database " + database + " on " + jdbcUrl(""), e);
            }
        }
    }

    /** Whether {@link #restart()} can crash it and bring it back on the same address with its data. */
    default boolean restartable() {
        return false;
    }

    default void restart() {
        throw new UnsupportedOperationException(origin() + " PostgreSQL cannot be restarted from here");
    }

    /** The operating-system process of the server, when this JVM started one. */
    default long pid() {
        return -1;
    }

    @Override
    void close();
}
