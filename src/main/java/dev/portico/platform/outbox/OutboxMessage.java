package dev.portico.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A rendered mail waiting in the outbox, written in the transaction of the change that caused it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** PENDING until due, SENDING while a sender holds its claim, then SENT, or FAILED after the last attempt. */
    public enum Status { PENDING, SENDING, SENT, FAILED }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(name = "html_body", nullable = false, columnDefinition = "text")
    public String htmlBody;

    @Column(name = "text_body", nullable = false, columnDefinition = "text")
    public String textBody;

    @Column(nullable = false)
    public String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When a sender claimed it (SENDING only); a claim older than the lease is taken over. */
    @Column(name = "claimed_at")
    public Instant claimedAt;
}
