package dev.portico.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A support contract of a customer (known by tax ID until a company claims it by proof). */
@Entity
@Table(name = "support_contract")
public class SupportContract {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "customer_name", nullable = false)
    public String customerName;

    @Column(name = "customer_country", nullable = false)
    public String customerCountry;

    @Column(name = "customer_tax_id", nullable = false)
    public String customerTaxId;

    @Column(name = "tax_id_key", nullable = false)
    public String taxIdKey;

    @Column(name = "service_level", nullable = false)
    public String serviceLevel;

    @Column(name = "coverage_start", nullable = false)
    public LocalDate coverageStart;

    @Column(name = "coverage_end", nullable = false)
    public LocalDate coverageEnd;

    @Column(name = "company_id")
    public UUID companyId;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "claimed_by")
    public UUID claimedBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
