package dev.portico.platform.payment;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Stands in for an external payment provider (which Portico does not ship): checks card numbers (Luhn, expiry)
 * and IBANs (format and checksum, iban4j), and returns a random token with display data. Replace it with a
 * bean for a real provider; nothing else changes.
 */
@ApplicationScoped
@DefaultBean
public class BuiltInPaymentProvider implements PaymentProvider {

    /** Stripe's and Adyen's test card for a declined payment; the built-in provider declines it too. */
    static final String DECLINED_TEST_CARD = "4000000000000002";
    private static final String DECLINING_PREFIX = "card_declining_";

    private final Clock clock;

    public BuiltInPaymentProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredMethod tokenizeCard(CardDetails card) {
        String digits = card.number() == null ? "" : card.number().replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            throw new InvalidPaymentDetails("card.number", "is not a valid card number");
        }
        if (card.expiryMonth() < 1 || card.expiryMonth() > 12) {
            throw new InvalidPaymentDetails("card.expiryMonth", "must be between 1 and 12");
        }
        YearMonth expiry = YearMonth.of(card.expiryYear(), card.expiryMonth());
        if (expiry.isBefore(YearMonth.now(clock))) {
            throw new InvalidPaymentDetails("card.expiryYear", "the card has expired");
        }
        String display = brand(digits) + " •••• " + digits.substring(digits.length() - 4) + ", expires "
                + String.format("%02d/%d", card.expiryMonth(), card.expiryYear());
        // The test card number payment providers use for "declined" is tokenised like any other and declined at charge.
        String token = (digits.equals(DECLINED_TEST_CARD) ? DECLINING_PREFIX : "card_") + UUID.randomUUID();
        return new StoredMethod(token, display);
    }

    @Override
    public StoredMethod createSepaMandate(String iban, String accountHolder) {
        String compact = iban == null ? "" : iban.replaceAll("\\s", "").toUpperCase();
        try {
            IbanUtil.validate(compact);
        } catch (InvalidCheckDigitException e) {
            throw new InvalidPaymentDetails("sepa.iban", "has a wrong check digit; check for a typo");
        } catch (IbanFormatException | UnsupportedCountryException e) {
            throw new InvalidPaymentDetails("sepa.iban", "is not a valid IBAN");
        }
        String masked = compact.substring(0, 4) + " •••• •••• " + compact.substring(compact.length() - 4);
        return new StoredMethod("sepa_" + UUID.randomUUID(), "SEPA direct debit " + masked + " (" + accountHolder.strip() + ")");
    }

    @Override
    public String charge(String token, long amountMinor, String currency, String reference) {
        if (token.startsWith(DECLINING_PREFIX)) {
            throw new PaymentDeclined("The card issuer declined the payment. Use another card or pay by SEPA direct debit.");
        }
        return "pay_" + UUID.randomUUID();
    }

    @Override
    public String refund(String chargeReference, long amountMinor, String currency) {
        return "refund_" + UUID.randomUUID();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    static String brand(String digits) {
        if (digits.startsWith("4")) {
            return "Visa";
        }
        if (digits.matches("5[1-5].*") || digits.matches("2[2-7].*")) {
            return "Mastercard";
        }
        if (digits.matches("3[47].*")) {
            return "American Express";
        }
        return "Card";
    }
}
