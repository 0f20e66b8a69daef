package dev.portico.platform.payment;

/**
 * The seam to a payment provider (Stripe, Adyen, a bank's SEPA service...). Portico keeps only what a provider
 * hands back — a token reference and what may be shown — never a full card number or IBAN. The built-in
 * {@link BuiltInPaymentProvider} validates and tokenises locally; a real provider replaces it as a CDI bean.
 */
public interface PaymentProvider {

    /** Card details as the person typed them; they pass through memory only. */
    record CardDetails(String number, int expiryMonth, int expiryYear, String holder) {

        @Override
        public String toString() {
            return "CardDetails[redacted]"; // never log a card number
        }
    }

    /** What Portico may keep: the provider's reference and a display text such as "Visa •••• 4242, 12/2028". */
    record StoredMethod(String token, String display) {
    }

    /** A field the provider refused, and why (answered as 422 on that field). */
    class InvalidPaymentDetails extends RuntimeException {

        private final String field;

        public InvalidPaymentDetails(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The provider refused to take the money (card declined, mandate refused); answered as a problem, nothing kept. */
    class PaymentDeclined extends RuntimeException {

        public PaymentDeclined(String message) {
            super(message, null, false, false);
        }
    }

    StoredMethod tokenizeCard(CardDetails card) throws InvalidPaymentDetails;

    /**
     * Takes an amount from a stored method once and returns the provider's reference of the payment.
     *
     * @param reference what the buyer sees on their statement, e.g. the order number
     */
    String charge(String token, long amountMinor, String currency, String reference) throws PaymentDeclined;

    /** Pays a charge back in full; returns the provider's reference of the refund. */
    String refund(String chargeReference, long amountMinor, String currency);

    StoredMethod createSepaMandate(String iban, String accountHolder) throws InvalidPaymentDetails;
}
