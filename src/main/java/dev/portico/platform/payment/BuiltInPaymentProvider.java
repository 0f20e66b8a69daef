package dev.portico.platform.payment;

import dev.portico.platform.problem.Message;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * Stands in for an external payment provider (which Portico does not ship): checks card numbers (Luhn, expiry)
 * and IBANs (format and checksum, iban4j), returns a random token with display data, and keeps its payments and the
 * answers to idempotency keys in memory (a restart forgets them; a real provider keeps them). Replace it with a bean
 * for a real provider; nothing else changes.
 */
@ApplicationScoped
@DefaultBean
public class BuiltInPaymentProvider implements PaymentProvider {

    /** Stripe's and Adyen's test card for a declined payment; the built-in provider declines it too. */
    static final String DECLINED_TEST_CARD = "4000000000000002";
    private static final String DECLINING_PREFIX = "card_declining_";

    private final Clock clock;
    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final Map<String, PaymentState> payments = new HashMap<>();

    public BuiltInPaymentProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public StoredMethod tokenizeCard(CardDetails card) {
        String digits = card.number() == null ? "" : card.number().replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            throw new InvalidPaymentDetails("card.number", Message.of("field.card.number"));
        }
        if (card.expiryMonth() < 1 || card.expiryMonth() > 12) {
            throw new InvalidPaymentDetails("card.expiryMonth", Message.of("field.card.month"));
        }
        YearMonth expiry = YearMonth.of(card.expiryYear(), card.expiryMonth());
        if (expiry.isBefore(YearMonth.now(clock))) {
            throw new InvalidPaymentDetails("card.expiryYear", Message.of("field.card.expired"));
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
            throw new InvalidPaymentDetails("sepa.iban", Message.of("field.iban.check-digit"));
        } catch (IbanFormatException | UnsupportedCountryException e) {
            throw new InvalidPaymentDetails("sepa.iban", Message.of("field.iban.invalid"));
        }
        String masked = compact.substring(0, 4) + " •••• •••• " + compact.substring(compact.length() - 4);
        return new StoredMethod("sepa_" + UUID.randomUUID(), "SEPA direct debit " + masked + " (" + accountHolder.strip() + ")");
    }

    @Override
    public synchronized String authorise(String idempotencyKey, String token, long amountMinor, String currency,
            String reference) {
        Outcome earlier = outcomes.get(idempotencyKey);
        if (earlier != null) {
            return earlier.replay();
        }
        if (token.startsWith(DECLINING_PREFIX)) {
            outcomes.put(idempotencyKey, Outcome.declined(
                    "The card issuer declined the payment. Use another card or pay by SEPA direct debit."));
            return outcomes.get(idempotencyKey).replay();
        }
        String id = "pay_" + UUID.randomUUID();
        payments.put(id, PaymentState.AUTHORISED);
        outcomes.put(idempotencyKey, Outcome.of(id));
        return id;
    }

    @Override
    public synchronized String capture(String idempotencyKey, String paymentId) {
        return once(idempotencyKey, () -> {
            move(paymentId, PaymentState.AUTHORISED, PaymentState.CAPTURED);
            return "ch_" + UUID.randomUUID();
        });
    }

    @Override
    public synchronized void cancel(String idempotencyKey, String paymentId) {
        once(idempotencyKey, () -> {
            move(paymentId, PaymentState.AUTHORISED, PaymentState.CANCELLED);
            return paymentId;
        });
    }

    @Override
    public synchronized String refund(String idempotencyKey, String paymentId, long amountMinor, String currency) {
        return once(idempotencyKey, () -> {
            // A payment this instance does not know (taken before a restart) is taken to be captured.
            payments.putIfAbsent(paymentId, PaymentState.CAPTURED);
            move(paymentId, PaymentState.CAPTURED, PaymentState.REFUNDED);
            return "re_" + UUID.randomUUID();
        });
    }

    @Override
    public synchronized PaymentState state(String paymentId) {
        PaymentState state = payments.get(paymentId);
        if (state == null) {
            throw new PaymentUnavailable("No payment " + paymentId + " is known here");
        }
        return state;
    }

    private String once(String idempotencyKey, java.util.function.Supplier<String> call) {
        Outcome earlier = outcomes.get(idempotencyKey);
        if (earlier == null) {
            earlier = Outcome.of(call.get());
            outcomes.put(idempotencyKey, earlier);
        }
        return earlier.replay();
    }

    private void move(String paymentId, PaymentState from, PaymentState to) {
        PaymentState state = payments.get(paymentId);
        if (state != from) {
            throw new PaymentDeclined("Payment " + paymentId + " is " + (state == null ? "unknown" : state) + ", not " + from);
        }
        payments.put(paymentId, to);
    }

    /** The first answer to an idempotency key: a result, or a decline that is declined again on every repeat. */
    private record Outcome(String result, String declined) {

        static Outcome of(String result) {
            return new Outcome(result, null);
        }

        static Outcome declined(String message) {
            return new Outcome(null, message);
        }

        String replay() {
            if (declined != null) {
                throw new PaymentDeclined(declined);
            }
            return result;
        }
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
