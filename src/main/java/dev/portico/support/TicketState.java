package dev.portico.support;

/** Where a ticket stands: who has to act next, or that it is done. */
public enum TicketState {
    /** New: support has not answered yet. */
    OPEN,
    /** Support answered and waits for the customer. */
    WAITING_FOR_CUSTOMER,
    /** The customer answered and waits for support. */
    WAITING_FOR_SUPPORT,
    /** Support considers it solved; a customer reply reopens it. */
    RESOLVED,
    /** Done; a customer reply or an explicit reopen brings it back. */
    CLOSED
}
