package dev.portico.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An extra address that receives the ticket's mails. */
@Entity
@Table(name = "ticket_cc")
@IdClass(TicketCc.Key.class)
public class TicketCc {

    /** Ticket and address. */
    public record Key(UUID ticketId, String email) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Id
    public String email;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "added_by")
    public UUID addedBy;
}
