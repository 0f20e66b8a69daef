package dev.portico.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test database resource for every @QuarkusTest (one app start for the whole suite). */
@QuarkusTestResource(value = PostgresTestDatabase.class, restrictToAnnotatedClass = false)
public final class TestDatabaseResource {

    private TestDatabaseResource() {
    }
}
