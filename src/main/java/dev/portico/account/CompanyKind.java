package dev.portico.account;

/** Whether a company buys for itself or resells to end customers. */
public enum CompanyKind {
    CUSTOMER,
    RESELLER
}
