package dev.portico.support;

import dev.portico.platform.blob.BlobStore;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

/**
 * Uploads (checked for size and, from their content, for type before anything is kept) and downloads of ticket
 * attachments. A download is allowed to whoever may read the ticket — and a note's file only to agents.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

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

    /** A file to download: name, type and bytes. */
    public record Download(String fileName, String mediaType, long size, InputStream content) {
    }

    public TicketViews.AttachmentView upload(Path file, String fileName, long size) {
        long max = config.attachmentMaxSize().asLongValue();
        String name = fileName == null || fileName.isBlank() ? "attachment" : Path.of(fileName).getFileName().toString();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        if (size > max) {
            throw new ProblemException(CommonProblem.PAYLOAD_TOO_LARGE, name + " is " + megabytes(size)
                    + "; an attachment may be at most " + megabytes(max) + ". Zip it or attach a smaller excerpt.");
        }
        try {
            String mediaType = types.detect(file, name);
            if (!types.allowed(mediaType)) {
                throw new ProblemException(CommonProblem.UNSUPPORTED_MEDIA_TYPE, name + " is " + mediaType
                        + ", which support does not accept. Attach text, logs, configuration files, images, PDF or zip.");
            }
            String sha256 = sha256(file);
            AppUser me = currentUser.get();
            TicketAttachment a = new TicketAttachment();
            a.id = UUID.randomUUID();
            a.uploadedBy = me.id;
            a.uploadedAt = clock.instant();
            a.fileName = name;
            a.mediaType = mediaType;
            a.sizeBytes = size;
            a.sha256 = sha256;
            a.blobKey = blobs.put(file);
            em.persist(a);
            return TicketViews.AttachmentView.of(a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
