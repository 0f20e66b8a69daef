package dev.portico.subscription;

import dev.portico.platform.input.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of agreements and their acceptance. */
public final class AgreementViews {

    private AgreementViews() {
    }

    /** One version of a product's agreement in one language. */
    @Schema(name = "Agreement")
    public record AgreementView(
            @Schema(required = true) String productCode,
            @Schema(required = true) String language,
            @Schema(required = true) int version,
            @Schema(required = true) String title,
            @Schema(required = true) String text,
            @Schema(required = true, description = "SHA-256 of the text (UTF-8), hex") String sha256,
            @Schema(required = true) Instant publishedAt) {

        static AgreementView of(Agreement a) {
            return new AgreementView(a.productCode, a.language, a.version, a.title, a.body, a.sha256, a.publishedAt);
        }
    }

    /** The agreement a subscription's admin accepted. */
    @Schema(name = "AcceptedAgreement")
    public record AcceptedAgreementView(
            @Schema(required = true) AgreementView agreement,
            @Schema(required = true) Instant acceptedAt,
            String acceptedByName) {
    }

    /** A new agreement version, published by back office. */
    @Schema(name = "AgreementPublish")
    public record AgreementPublish(
            @NotBlank @Size(max = 64) @Schema(required = true) String productCode,
            @NotNull @Size(max = 2) @Pattern(regexp = "en|de|fr|it|pl", message = "{portico.language}")
            @Schema(required = true) String language,
            @NotBlank @Size(max = 300) @Schema(required = true) String title,
            @NotBlank @MultiLine @Size(max = 200_000) @Schema(required = true) String text) {
    }

    /** The agreement version the admin read and accepts. */
    @Schema(name = "ActivationRequest")
    public record ActivationRequest(
            @NotNull @Min(1) @Max(1_000_000) @Schema(required = true) Integer agreementVersion,
            @NotNull @Size(max = 2) @Pattern(regexp = "en|de|fr|it|pl", message = "{portico.language}")
            @Schema(required = true) String language) {
    }

    /** One value the PO number had. */
    @Schema(name = "PoNumberEntry")
    public record PoNumberEntry(String poNumber, @Schema(required = true) Instant changedAt, String changedByName) {
    }
}
