package dev.portico.platform.security;

/**
 * The OAuth scopes an integration (a client-credentials client with the realm role {@code integration}) can be
 * granted, one per capability. Keycloak puts the granted ones in the token's {@code scope} claim; every endpoint an
 * integration may call names the one it needs with {@link RequiresScope}.
 */
public enum IntegrationScope {
    SUBSCRIPTIONS_READ("subscriptions:read", "Read any company's subscriptions"),
    SUBSCRIPTIONS_WRITE("subscriptions:write", "Create subscriptions pending activation"),
    SEATS_READ("seats:read", "Read a subscription's seats and their usage"),
    ENTITLEMENTS_READ("entitlements:read", "Check whether a person holds a live seat of a product"),
    CONTRACTS_READ("contracts:read", "Read support contracts"),
    CONTRACTS_WRITE("contracts:write", "Import support contracts"),
    AGREEMENTS_WRITE("agreements:write", "Publish agreement versions"),
    CATALOG_WRITE("catalog:write", "Create and change products and their prices"),
    CREDIT_WRITE("credit:write", "Top up a reseller's prepaid credit"),
    WEBHOOKS_MANAGE("webhooks:manage", "Manage the vendor-wide webhook endpoints and their deliveries");

    private final String value;
    private final String description;

    IntegrationScope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    /** The scope as it appears in tokens and in the contract, e.g. {@code subscriptions:read}. */
    public String value() {
        return value;
    }

    public String description() {
        return description;
    }
}
