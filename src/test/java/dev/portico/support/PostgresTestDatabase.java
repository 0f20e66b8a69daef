package dev.portico.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Makes sure the throwaway test database exists on the local PostgreSQL before the app starts
 * (Flyway then cleans and migrates it). Tests never touch the developer's {@code portico} database.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The throwaway database; PORTICO_TEST_DB names another one (a second checkout testing at the same time). */
    static final String NAME = System.getenv().getOrDefault("PORTICO_TEST_DB", "portico_test");

    @Override
    public Map<String, String> start() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            boolean exists = admin.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + NAME + "'").next();
            if (!exists) {
                admin.createStatement().execute("create database " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on 127.0.0.1:5432 for the tests", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
