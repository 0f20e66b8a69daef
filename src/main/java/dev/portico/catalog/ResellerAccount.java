package dev.portico.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The discount tier of a reseller company. */
@Entity
@Table(name = "reseller_account")
public class ResellerAccount {

    @Id
    @Column(name = "company_id")
    public UUID companyId;

    @Column(nullable = false)
    public String tier;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
