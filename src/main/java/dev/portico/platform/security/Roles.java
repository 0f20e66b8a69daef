package dev.portico.platform.security;

/** Keycloak realm roles Portico knows. */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String SUPPORT_AGENT = "support-agent";
    public static final String BACKOFFICE = "backoffice";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
