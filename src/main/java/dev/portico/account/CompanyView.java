package dev.portico.account;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as its members see it. */
@Schema(name = "Company")
public record CompanyView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "DE") String country,
        String taxId,
        String street,
        String postalCode,
        String city,
        @Schema(required = true) String locale,
        @Schema(required = true, example = "Europe/Berlin") String timeZone,
        @Schema(required = true) CompanyKind kind,
        @Schema(required = true) Actions actions) {

    /** What the caller may do with the company now. */
    @Schema(name = "CompanyActions")
    public record Actions(
            @Schema(required = true) boolean update,
            @Schema(required = true) boolean manageMembers,
            @Schema(required = true) boolean viewAuditTrail) {
    }

    static CompanyView of(Company company, boolean admin) {
        return new CompanyView(company.id, company.name, company.country, company.taxId, company.street,
                company.postalCode, company.city, company.locale,
                company.timeZone, company.kind, new Actions(admin, admin, admin));
    }
}
