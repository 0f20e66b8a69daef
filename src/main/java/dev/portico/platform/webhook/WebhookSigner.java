package dev.portico.platform.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Standard Webhooks signatures, made by the reference library ({@code com.standardwebhooks:standardwebhooks}): a
 * {@code v1,} HMAC-SHA256 over {@code id.timestamp.body} per secret, several joined by a space while a rotated-out
 * secret still signs. Secrets are {@code whsec_} and 24 random bytes in base64.
 */
public final class WebhookSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    public static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header: one signature per secret (nulls skipped), space-separated. */
    public static String signature(String id, long timestampSeconds, String body, String... secrets) {
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null) {
                continue;
            }
            try {
                signatures.add(new Webhook(secret).sign(id, timestampSeconds, body));
            } catch (WebhookSigningException e) {
                throw new IllegalStateException("Cannot sign a webhook", e);
            }
        }
        return String.join(" ", signatures);
    }
}
