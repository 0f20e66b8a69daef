package dev.portico.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Changes to a company's details; absent fields stay as they are. The kind is set by back office only, and so is the
 * country (the tax country): a country other than the company's answers 422 on {@code country}.
 */
@Schema(name = "CompanyUpdate")
public record CompanyUpdate(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String name,
        @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "{portico.country}")
        @Schema(description = "The tax country is changed by back office (PUT /api/v1/companies/{companyId}/country): "
                + "only the company's current country is accepted here") String country,
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9 ./-]*", message = "{portico.tax-id}") String taxId,
        @Size(max = 200) String street,
        @Size(max = 16) @Pattern(regexp = "[A-Za-z0-9 -]*", message = "{portico.postal-code}") String postalCode,
        @Size(max = 100) String city,
        @Size(max = 2) @Pattern(regexp = "en|de|fr|it|pl", message = "{portico.language}") String locale,
        @Size(max = 64) String timeZone) {
}
