package dev.portico.subscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of a product's legal agreement in one language. Published, never edited. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    public UUID id;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    /** SHA-256 of the body (UTF-8), hex. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by")
    public UUID publishedBy;
}
