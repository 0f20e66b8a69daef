package dev.portico.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of support contracts and their claims. */
public final class ContractViews {

    static final String NUMBER = "[A-Z][0-9]{6}";
    static final String NUMBER_MESSAGE = "{portico.contract-number}";
    static final String COUNTRY = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "{portico.country}";

    private ContractViews() {
    }

    @Schema(name = "ContractLineCreate")
    public record LineCreate(
            @NotNull @Schema(required = true) ContractLine.Kind kind,
            @Size(max = 100) String maker,
            @Size(max = 100) String model,
            @Size(max = 100) @Schema(description = "Required for a DEVICE") String serialNumber,
            @Size(max = 200) String productName,
            @Size(max = 200) @Schema(description = "Required for SOFTWARE; dashes are part of the key") String licenseKey) {
    }

    /** A contract as back office or an integration (ERP import) creates it. */
    @Schema(name = "ContractCreate")
    public record ContractCreate(
            @NotBlank @Size(max = 7) @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) @Schema(required = true, example = "K123456") String number,
            @NotBlank @Size(max = 200) @Schema(required = true) String customerName,
            @NotBlank @Size(max = 2) @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) @Schema(required = true, example = "PL") String customerCountry,
            @NotBlank @Size(max = 32) @Schema(required = true, example = "5260250274") String customerTaxId,
            @NotBlank @Size(max = 32) @Schema(required = true, example = "NBD") String serviceLevel,
            @NotNull @Schema(required = true) LocalDate coverageStart,
            @NotNull @Schema(required = true) LocalDate coverageEnd,
            @NotEmpty @Size(max = 500) @Valid @Schema(required = true) List<LineCreate> lines) {
    }

    @Schema(name = "ContractLine")
    public record LineView(
            @Schema(required = true) UUID id,
            @Schema(required = true) int lineNo,
            @Schema(required = true) ContractLine.Kind kind,
            String maker,
            String model,
            String serialNumber,
            String productName,
            String licenseKey) {

        static LineView of(ContractLine l) {
            return new LineView(l.id, l.lineNo, l.kind, l.maker, l.model, l.serialNumber, l.productName, l.licenseKey);
        }
    }

    @Schema(name = "SupportContract")
    public record ContractView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String number,
            @Schema(required = true) String customerName,
            @Schema(required = true) String customerTaxId,
            @Schema(required = true) String serviceLevel,
            @Schema(required = true) LocalDate coverageStart,
            @Schema(required = true) LocalDate coverageEnd,
            @Schema(required = true, description = "Covered today") boolean active,
            @Schema(description = "The company it is linked to, once claimed") UUID companyId,
            @Schema(required = true) List<LineView> lines) {
    }

    @Schema(name = "SupportContractPage")
    public record ContractPage(@Schema(required = true) List<ContractView> items, String next) {
    }

    /**
     * A claim: the proof that a contract is the caller's company's. All three must match one contract; a mismatch
     * answers one message that does not tell which part was wrong.
     */
    @Schema(name = "ContractClaim")
    public record Claim(
            @NotBlank @Size(max = 2) @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE)
            @Schema(required = true, description = "The country of the tax ID (decides its format)", example = "PL") String country,
            @NotBlank @Size(max = 32) @Schema(required = true, description = "Without dashes", example = "5260250274") String taxId,
            @NotBlank @Size(max = 7) @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) @Schema(required = true, example = "K123456") String contractNumber,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "A serial number or license key of a line (dashes kept)")
            String serialOrLicenseKey,
            @Schema(description = "The company to link; may be left out when I administer one company or none (then one is created)")
            UUID companyId) {

        public Claim {
            contractNumber = contractNumber == null ? null : contractNumber.strip();
        }
    }
}
