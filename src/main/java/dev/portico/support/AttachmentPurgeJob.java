package dev.portico.support;

import dev.portico.platform.blob.BlobDeletions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes uploads nobody attached within {@code portico.support.unattached-retention} (24 hours): the rows here, in
 * batches taken with {@code FOR UPDATE SKIP LOCKED} (several app instances may run it; an upload being attached at
 * that moment is locked and skipped), and their files through {@link BlobDeletions}, which the rows' delete trigger
 * queued them for.
 */
@ApplicationScoped
public class AttachmentPurgeJob {

    private static final Logger LOG = Logger.getLogger(AttachmentPurgeJob.class);

    static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    BlobDeletions blobDeletions;

    @Inject
    SupportConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${portico.support.attachment-purge-interval:1h}", identity = "attachment-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeUnattached();
    }

    /** Deletes the unattached uploads past their retention, rows and files; returns how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int purgeUnattached() {
        Instant uploadedBefore = clock.instant().minus(config.unattachedRetention());
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                            delete from ticket_attachment where id = any(array(
                                select id from ticket_attachment
                                 where ticket_id is null and uploaded_at < :before
                                 order by uploaded_at, id
                                 limit :batch
                                   for update skip locked))
                            """)
                    .setParameter("before", uploadedBefore)
                    .setParameter("batch", BATCH)
                    .executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("Deleted %d uploads that were not attached within %s", total, config.unattachedRetention());
        }
        blobDeletions.deleteQueued();
        return total;
    }
}
