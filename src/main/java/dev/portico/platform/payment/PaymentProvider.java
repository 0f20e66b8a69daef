package dev.portico.platform.payment;

/**
 * The seam to a payment provider (Stripe, Adyen, a bank's SEPA service...), shaped like their APIs: a payment is
 * authorised (the amount is reserved), then captured (taken) or cancelled, and a captured one can be refunded. Every
 * call that moves money carries an idempotency key: repeating a call with the same key returns the first call's outcome
 * (the same payment, the same decline) and never moves money twice, so a caller that does not know whether a call took
 * effect simply repeats it. Portico keeps only what a provider hands back — a token and what may be shown — never a
 * full card number or IBAN. The built-in {@link BuiltInPaymentProvider} stands in for a real one, which replaces it as
 * a CDI bean.
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

    /** Where a payment stands at the provider. */
    enum PaymentState {
        /** The amount is reserved on the method, nothing taken yet. */
        AUTHORISED,
        /** The amount was taken. */
        CAPTURED,
        /** The authorisation was cancelled; nothing was taken. */
        CANCELLED,
        /** The amount was taken and paid back. */
        REFUNDED
    }

    /** A field the provider refused, and why (answered as 422 on that field). */
    class InvalidPaymentDetails extends RuntimeException {

        private final String field;
        private final transient dev.portico.platform.problem.Message reason;

        public InvalidPaymentDetails(String field, String message) {
            this(field, dev.portico.platform.problem.Message.literal(message));
        }

        /** A refusal whose reason is in the problem bundles, written in the payer's language. */
        public InvalidPaymentDetails(String field, dev.portico.platform.problem.Message reason) {
            super(reason.toString(), null, false, false);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public dev.portico.platform.problem.Message reason() {
            return reason;
        }
    }

    /** The provider refused to take the money (card declined, mandate refused); answered as a problem, nothing kept. */
    class PaymentDeclined extends RuntimeException {

        public PaymentDeclined(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The provider did not answer, or failed: whether the call took effect is unknown. Repeat it with the same
     * idempotency key — the provider then does it at most once.
     */
    class PaymentUnavailable extends RuntimeException {

        public PaymentUnavailable(String message) {
            super(message, null, false, false);
        }
    }

    StoredMethod tokenizeCard(CardDetails card) throws InvalidPaymentDetails;

    StoredMethod createSepaMandate(String iban, String accountHolder) throws InvalidPaymentDetails;

    /**
     * Reserves an amount on a stored method without taking it (a card hold; for SEPA the mandate is checked) and
     * returns the payment's id.
     *
     * @param reference what the buyer sees on their statement, e.g. the order number
     */
    String authorise(String idempotencyKey, String token, long amountMinor, String currency, String reference)
            throws PaymentDeclined, PaymentUnavailable;

    /** Takes the whole authorised amount of a payment; returns the provider's reference of the charge. */
    String capture(String idempotencyKey, String paymentId) throws PaymentDeclined, PaymentUnavailable;

    /** Cancels an authorisation that will not be captured: the reserved amount is released, nothing is taken. */
    void cancel(String idempotencyKey, String paymentId) throws PaymentUnavailable;

    /** Pays a captured payment back in full; returns the provider's reference of the refund. */
    String refund(String idempotencyKey, String paymentId, long amountMinor, String currency) throws PaymentUnavailable;

    /** Where a payment stands now (to settle a checkout that stopped half-way). */
    PaymentState state(String paymentId) throws PaymentUnavailable;
}
