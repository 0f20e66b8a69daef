package dev.portico.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counts business events for the Prometheus endpoint ({@code portico_…_total} on the management port). A count made
 * inside a transaction is added only when it commits, so a refused or rolled-back change is never counted.
 */
@ApplicationScoped
public class BusinessMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Adds one to the counter with these tags (name/value pairs) once the current transaction commits. */
    public void countOnCommit(String name, String... tags) {
        Runnable increment = () -> registry.counter(name, tags).increment();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            increment.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    increment.run();
                }
            }
        });
    }
}
