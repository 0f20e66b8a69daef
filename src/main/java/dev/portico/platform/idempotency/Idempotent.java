package dev.portico.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every POST honours the {@code Idempotency-Key} header: a replay with the same key and body returns the first
 * response, the same key with another body answers 422, and a replay while the first request still runs answers
 * 409 (see {@link IdempotencyFilter}). This annotation marks the endpoints that refuse a POST without one.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** Longest key accepted. */
    int MAX_LENGTH = 200;

    /** What a key may contain: visible ASCII, no spaces (a UUID fits); at most {@link #MAX_LENGTH} of them. */
    String PATTERN = "^[!-~]+$";
}
