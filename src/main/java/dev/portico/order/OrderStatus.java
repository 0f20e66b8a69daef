package dev.portico.order;

/** PLACED (received, not yet paid) → PAID → FULFILLED (services delivered); CANCELLED ends it. */
public enum OrderStatus {
    PLACED,
    PAID,
    FULFILLED,
    CANCELLED
}
