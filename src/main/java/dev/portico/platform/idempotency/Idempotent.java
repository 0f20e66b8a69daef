package dev.portico.platform.idempotency;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating endpoint that honours the {@code Idempotency-Key} header: a replay with the same key and
 * body returns the first response, the same key with another body answers 422, and a replay while the first
 * request still runs answers 409. See {@link IdempotencyFilter}.
 */
@NameBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    String HEADER = "Idempotency-Key";

    /** Whether a request without the header is refused (400): for endpoints that take money. */
    boolean required() default false;
}
