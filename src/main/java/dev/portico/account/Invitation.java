package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to join a company, addressed to an email. The invitee joins when they sign in with that
 * email, verified by Keycloak.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    public UUID id;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    /** Normalised (trimmed, lower case). */
    @Column(nullable = false)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvitationStatus status;

    @Column(name = "invited_by")
    public UUID invitedBy;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public UUID acceptedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
