package dev.portico.catalog;

/** A subscription (billed per term, renewed) or a one-time purchase (a license key, no renewal). */
public enum ProductType {
    SUBSCRIPTION,
    ONE_TIME
}
