package dev.portico.subscription;

/** How a subscription is paid. */
public enum PaymentMethodType {
    CARD,
    SEPA_DEBIT,
    INVOICE
}
