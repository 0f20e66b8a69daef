package dev.portico.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Proof that a subscription's admin accepted an agreement version. Written once, never changed. */
@Entity
@Table(name = "agreement_acceptance")
public class AgreementAcceptance {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false, unique = true, updatable = false)
    public UUID subscriptionId;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(nullable = false, updatable = false)
    public int version;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "accepted_by", nullable = false, updatable = false)
    public UUID acceptedBy;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    public Instant acceptedAt;

    @Column(name = "client_ip", updatable = false)
    public String clientIp;
}
