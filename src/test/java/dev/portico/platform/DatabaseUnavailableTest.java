package dev.portico.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.platform.problem.ProblemMappers;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503 service-unavailable) rather than a defect (500). */
class DatabaseUnavailableTest {

    @Test
    void connectionLossShutdownAndAnEmptyPoolAreTheDatabaseBeingUnavailable() {
        assertTrue(ProblemMappers.databaseUnavailable(new PersistenceException(new SQLException("I/O error", "08006"))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLTransientConnectionException("refused"))));
        assertTrue(ProblemMappers.databaseUnavailable(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void constraintViolationsAndProgrammingErrorsAreNot() {
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(ProblemMappers.databaseUnavailable(new SQLException("syntax error", "42601")));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("a bug")));
    }
}
