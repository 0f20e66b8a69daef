package dev.portico.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded file: its type as detected from the content, its size and checksum, and where the bytes are. */
@Entity
@Table(name = "ticket_attachment")
public class TicketAttachment {

    @Id
    public UUID id;

    @Column(name = "uploaded_by", nullable = false)
    public UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "blob_key", nullable = false)
    public String blobKey;

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "message_id")
    public UUID messageId;
}
