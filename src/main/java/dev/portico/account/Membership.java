package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person's place in a company: the business relation Portico (not Keycloak) owns. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    public UUID id;

    @Column(name = "company_id", nullable = false)
    public UUID companyId;

    @Column(name = "user_id", nullable = false)
    public UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Version
    public long version;

    static Membership of(UUID companyId, UUID userId, MembershipRole role, Instant joinedAt) {
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.companyId = companyId;
        membership.userId = userId;
        membership.role = role;
        membership.joinedAt = joinedAt;
        return membership;
    }
}
