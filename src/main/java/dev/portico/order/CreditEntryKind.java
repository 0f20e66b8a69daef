package dev.portico.order;

/** Why the balance moved: a top-up by back office, a purchase, a refund, a correction. */
public enum CreditEntryKind {
    TOP_UP,
    PURCHASE,
    REFUND,
    ADJUSTMENT
}
