package dev.portico.platform.blob;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Removes from the {@link BlobStore} the blobs whose rows are gone. A table that keeps blob keys queues a key in
 * {@code blob_deletion} from a trigger when one of its rows is deleted, in that transaction, so a blob goes whenever
 * its row goes, and never while the row may still come back (a rolled-back delete queues nothing). Batches are
 * taken with {@code FOR UPDATE SKIP LOCKED}, so several app instances can run this at once; a blob that cannot be
 * deleted stays queued for the next run.
 */
@ApplicationScoped
public class BlobDeletions {

    private static final Logger LOG = Logger.getLogger(BlobDeletions.class);

    static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    BlobStore blobs;

    @Scheduled(every = "${portico.blobs.deletion-interval:10m}", identity = "blob-deletions",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deleteQueued();
    }

    /** Deletes every queued blob it can; returns how many it deleted. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int deleteQueued() {
        int total = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::deleteBatch);
            total += batch[1];
            if (batch[0] < BATCH || batch[1] == 0) {
                return total;
            }
        }
    }

    /** One batch: {taken, deleted}. */
    private int[] deleteBatch() {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("""
                        select blob_key from blob_deletion order by queued_at, blob_key limit :batch for update skip locked
                        """)
                .setParameter("batch", BATCH)
                .getResultList();
        int deleted = 0;
        for (String key : keys) {
            try {
                blobs.delete(key);
            } catch (Exception e) {
                LOG.warnf("Blob %s could not be deleted; it stays queued: %s", key, e.toString());
                continue;
            }
            em.createNativeQuery("delete from blob_deletion where blob_key = :key").setParameter("key", key).executeUpdate();
            deleted++;
        }
        return new int[] {keys.size(), deleted};
    }
}
