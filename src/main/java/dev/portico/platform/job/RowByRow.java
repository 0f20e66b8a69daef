package dev.portico.platform.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How scheduled jobs work through their rows: the candidates are read in one short transaction, then each row is
 * processed in a transaction of its own. A row that fails is rolled back, logged and skipped — the next run tries
 * it again — and never holds up the others. The work locks its row with {@code FOR UPDATE SKIP LOCKED} (and checks
 * that it still qualifies), so several app instances can run the same job at once.
 */
public final class RowByRow {

    private static final Logger LOG = Logger.getLogger(RowByRow.class);

    private RowByRow() {
    }

    /** The candidates, read in a short transaction of their own. */
    public static <K> List<K> candidates(Supplier<List<K>> query) {
        return QuarkusTransaction.requiringNew().call(query::get);
    }

    /**
     * Runs {@code work} for every key, each in a new transaction; returns for how many it did something (returned
     * true). Must not be called inside a transaction.
     */
    public static <K> int process(String job, List<K> keys, Predicate<K> work) {
        int done = 0;
        for (K key : keys) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> work.test(key))) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s: %s failed; skipped until the next run", job, key);
            }
        }
        return done;
    }
}
