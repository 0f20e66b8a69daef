package dev.portico.order;

/** How an order is paid: prepaid credit, card or SEPA through the payment provider, or on invoice with a PO number. */
public enum PaymentChoice {
    CREDIT,
    CARD,
    SEPA_DEBIT,
    INVOICE
}
