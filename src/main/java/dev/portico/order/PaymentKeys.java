package dev.portico.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

/**
 * The idempotency keys of the payment provider calls, derived from what names the checkout — the client's
 * Idempotency-Key for that caller and company — so that a repeated checkout repeats the same provider calls, which the
 * provider performs at most once. A checkout given up (declined) is tried again under a new attempt number, so that a
 * new card is not answered with the old decline.
 */
final class PaymentKeys {

    private PaymentKeys() {
    }

    /** The checkout's key: one per caller, company and Idempotency-Key; the client's key itself is not passed on. */
    static String checkout(UUID companyId, UUID buyerId, String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (companyId + "\n" + buyerId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return "chk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String authorise(String checkoutKey, int attempt) {
        return checkoutKey + "." + attempt + "/authorise";
    }

    static String capture(String checkoutKey, int attempt) {
        return checkoutKey + "." + attempt + "/capture";
    }

    static String cancel(String checkoutKey, int attempt) {
        return checkoutKey + "." + attempt + "/cancel";
    }

    /** An order's payment is refunded at most once, in full: by its cancellation or when its checkout is given up. */
    static String refund(UUID orderId) {
        return "order_" + orderId + "/refund";
    }
}
