package dev.portico.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/** A line of a support contract: a device (maker, model, serial number) or software (license key, dashes kept). */
@Entity
@Table(name = "support_contract_line")
public class ContractLine {

    /** What the line covers. */
    public enum Kind {
        DEVICE,
        SOFTWARE
    }

    @Id
    public UUID id;

    @Column(name = "contract_id", nullable = false)
    public UUID contractId;

    @Column(name = "line_no", nullable = false)
    public int lineNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String maker;

    public String model;

    @Column(name = "serial_number")
    public String serialNumber;

    @Column(name = "product_name")
    public String productName;

    @Column(name = "license_key")
    public String licenseKey;

    @Column(name = "proof_key", nullable = false)
    public String proofKey;

    /** A serial number or license key as compared in a claim: trimmed, upper case, dashes and dots kept. */
    static String proofKey(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }
}
