package dev.portico.platform.billing;

import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.FieldMessage;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks billing data wherever it is entered (checkout, the company's details): the VAT identification number by the
 * tax country's format and check digit, then — when switched on — in the online register ({@link VatRegistry}); the
 * postal code by the country's format. A wrong value answers 422 naming the field, in the caller's language.
 */
@ApplicationScoped
public class BillingChecks {

    @Inject
    VatRegistry registry;

    /** What the fields hold once checked: the VAT number in its compact form, the postal code as kept. */
    public record Checked(String taxId, String postalCode) {
    }

    /**
     * Checks the given values of a company whose tax country is {@code country}; a null or blank value is not checked
     * (whether it is required is the caller's rule) and comes back null.
     *
     * @throws ProblemException 422 naming every wrong field (e.g. {@code billing.taxId}, {@code billing.postalCode})
     */
    public Checked check(String country, String taxIdField, String taxId, String postalCodeField, String postalCode) {
        List<FieldMessage> errors = new ArrayList<>();
        String keptTaxId = null;
        if (taxId != null && !taxId.isBlank()) {
            VatNumbers.Result vat = VatNumbers.check(country, taxId);
            keptTaxId = vat.compact();
            vatProblem(country, vat).ifPresent(m -> errors.add(new FieldMessage(taxIdField, m)));
        }
        String keptPostalCode = null;
        if (postalCode != null && !postalCode.isBlank()) {
            PostalCodes.Result code = PostalCodes.check(country, postalCode);
            keptPostalCode = code.code();
            if (!code.valid()) {
                errors.add(new FieldMessage(postalCodeField, code.example() == null
                        ? Message.of("field.postal-code.lenient")
                        : Message.of("field.postal-code.format", countryName(country), code.example())));
            }
        }
        if (errors.isEmpty() && keptTaxId != null && VatNumbers.EU_COUNTRIES.contains(country)) {
            String prefix = VatNumbers.prefixOf(country);
            if (registry.lookUp(prefix, keptTaxId.substring(2)) == VatRegistry.Answer.NOT_REGISTERED) {
                errors.add(new FieldMessage(taxIdField, Message.of("field.vat-id.not-registered")));
            }
        }
        if (!errors.isEmpty()) {
            Message detail = errors.size() == 1
                    ? Message.of("detail.field", errors.get(0).field(), errors.get(0).message())
                    : Message.of("detail.fields", errors.get(0).field() + ", " + errors.get(1).field());
            throw new ProblemException(CommonProblem.VALIDATION, detail, errors, Map.of());
        }
        return new Checked(keptTaxId, keptPostalCode);
    }

    private static java.util.Optional<Message> vatProblem(String country, VatNumbers.Result vat) {
        if (vat.valid()) {
            return java.util.Optional.empty();
        }
        if (vat.example() == null) {
            return java.util.Optional.of(Message.of("field.tax-id.format"));
        }
        return java.util.Optional.of(switch (vat.refusal()) {
            case FORMAT -> Message.of("field.vat-id.format", countryName(country), vat.example());
            case CHECK_DIGIT -> Message.of("field.vat-id.check-digit", countryName(country), vat.example());
            case OTHER_COUNTRY -> Message.of("field.vat-id.other-country", countryName(country), vat.example());
        });
    }

    /** A country named in the reader's language when the message is written ({@link Message}). */
    private static Locale countryName(String country) {
        return new Locale("", country);
    }
}
