package dev.portico.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A company's prepaid balance: the sum of its ledger, kept here so that one row lock serialises every change. */
@Entity
@Table(name = "credit_account")
public class CreditAccount {

    @Id
    @Column(name = "company_id")
    public UUID companyId;

    @Column(nullable = false)
    public String currency;

    @Column(name = "balance_minor", nullable = false)
    public long balanceMinor;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
