package dev.portico.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reply in a ticket's thread: public, or an internal note among agents that customers never see. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "from_agent", nullable = false)
    public boolean fromAgent;

    @Column(nullable = false)
    public boolean internal;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
