package dev.portico.support;

import dev.portico.platform.blob.BlobStore;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimiter;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Uploads (rate limited per person; checked for size, for type from their content, and against the person's quota of
 * unattached bytes before anything is kept) and downloads of ticket attachments. A download is allowed to whoever may
 * read the ticket — and a note's file only to agents; an upload not attached yet only to its uploader.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    @Inject
    EntityManager em;

    @Inject
    BlobStore blobs;

    @Inject
    AttachmentTypes types;

    @Inject
    TicketService tickets;

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportConfig config;

    @Inject
    Clock clock;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** A file to download: name, type and bytes. */
    public record Download(String fileName, String mediaType, long size, InputStream content) {
    }

    /**
     * Keeps an uploaded file until it is attached (or purged): counted against the uploader's rate limit, refused
     * when too large, of a type support does not take, or beyond the uploader's quota of unattached bytes.
     */
    public TicketViews.AttachmentView upload(Path file, String fileName, long size) {
        AppUser me = currentUser.get();
        rateLimiter.consume("ticket-attachment-uploads:" + me.id, config.attachmentUploads(),
                config.attachmentUploadWindow(), "uploads");
        long max = config.attachmentMaxSize().asLongValue();
        String name = AttachmentNames.displayName(fileName);
        if (size > max) {
            throw new ProblemException(CommonProblem.PAYLOAD_TOO_LARGE, name + " is " + megabytes(size)
                    + "; an attachment may be at most " + megabytes(max) + ". Zip it or attach a smaller excerpt.");
        }
        try {
            String mediaType = types.detect(file, name);
            if (types.active(mediaType)) {
                throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, name + " is " + mediaType
                        + ": a web page or SVG image runs in the browser of whoever opens it, so support does not accept "
                        + "it. Attach a screenshot (PNG) or zip the file.");
            }
            if (!types.allowed(mediaType)) {
                throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, name + " is " + mediaType
                        + ", which support does not accept. Attach text, logs, configuration files, images, PDF or zip.");
            }
            requireQuota(me, name, size);
            String sha256 = sha256(file);
            TicketAttachment a = new TicketAttachment();
            a.id = UUID.randomUUID();
            a.uploadedBy = me.id;
            a.uploadedAt = clock.instant();
            a.fileName = name;
            a.mediaType = mediaType;
            a.sizeBytes = size;
            a.sha256 = sha256;
            a.blobKey = blobs.put(file);
            deleteUnlessCommitted(a.blobKey);
            em.persist(a);
            return TicketViews.AttachmentView.of(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses an upload that would take the person's unattached uploads beyond the quota. */
    private void requireQuota(AppUser me, String name, long size) {
        // One upload per person at a time from here to commit, so that parallel uploads cannot pass the check together.
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                .setParameter("key", "ticket-attachment-quota:" + me.id)
                .getSingleResult();
        long held = ((Number) em.createNativeQuery(
                        "select coalesce(sum(size_bytes), 0) from ticket_attachment where uploaded_by = :me and ticket_id is null")
                .setParameter("me", me.id)
                .getSingleResult()).longValue();
        long quota = config.unattachedQuota().asLongValue();
        if (held + size > quota) {
            throw new ProblemException(SupportProblem.UPLOAD_QUOTA, "Your uploads that are not attached to a ticket yet take "
                    + megabytes(held) + "; with " + name + " (" + megabytes(size) + ") they would exceed " + megabytes(quota)
                    + ". Send the ticket or reply they are for first; uploads left unattached are deleted "
                    + config.unattachedRetention().toHours() + " hours after they were uploaded.");
        }
    }

    /** The stored file goes again when the upload's transaction does not commit: no blob without its row. */
    private void deleteUnlessCommitted(String blobKey) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        blobs.delete(blobKey);
                    } catch (IOException | RuntimeException e) {
                        LOG.warnf("Blob %s of a rolled-back upload could not be deleted: %s", blobKey, e.toString());
                    }
                }
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID id) {
        TicketAttachment a = em.find(TicketAttachment.class, id);
        if (a == null || !mayRead(a)) {
            throw ProblemException.notFound("Attachment " + id);
        }
        try {
            return new Download(a.fileName, a.mediaType, a.sizeBytes, blobs.open(a.blobKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean mayRead(TicketAttachment a) {
        if (a.ticketId == null) {
            return a.uploadedBy.equals(currentUser.get().id);
        }
        try {
            tickets.readable(a.ticketId, false);
        } catch (ProblemException notFound) {
            return false;
        }
        if (a.messageId != null && !tickets.isAgent()) {
            TicketMessage m = em.find(TicketMessage.class, a.messageId);
            return !m.internal;
        }
        return true;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
