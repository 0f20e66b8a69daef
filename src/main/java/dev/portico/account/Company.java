package dev.portico.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A business customer or reseller: the tenant that owns subscriptions, orders and contracts. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false)
    public String country;

    @Column(name = "tax_id")
    public String taxId;

    /** Billing address: street and number, postal code, city (all optional until the first checkout). */
    public String street;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    @Column(nullable = false)
    public String locale;

    /** IANA zone in which the company's calendar dates (seat periods, renewals) are meant. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompanyKind kind;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    Company address(String street, String postalCode, String city) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        return this;
    }
}
