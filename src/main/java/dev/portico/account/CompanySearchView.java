package dev.portico.account;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A company as a search result for the vendor's staff: enough to tell it from others of a similar name. */
@Schema(name = "CompanySummary")
public record CompanySearchView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        String taxId,
        @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "DE") String country,
        @Schema(required = true) CompanyKind kind) {

    @Schema(name = "CompanySummaryPage")
    public record Page(@Schema(required = true) List<CompanySearchView> items, String next) {
    }
}
