package dev.portico.support;

import dev.portico.platform.security.IntegrationScope;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs access tokens shaped like Keycloak's (realm roles, email, names, audience portico-api) with the
 * test-only key whose public half the test profile trusts.
 */
public final class Tokens {

    public static final String ISSUER = "https://test.portico.local";
    private static final PrivateKey KEY = load();

    private Tokens() {
    }

    public static String token(String subject, String email, boolean emailVerified, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .audience("portico-api")
                .claim("email", email)
                .claim("email_verified", emailVerified)
                .claim("given_name", "Test")
                .claim("family_name", email.substring(0, email.indexOf('@')))
                .claim("preferred_username", email)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600)
                .jws().keyId("test")
                .sign(KEY);
    }

    /**
     * A client-credentials token of an integration, as Keycloak issues one: the service account (no email), realm role
     * {@code integration}, and the granted scopes in {@code scope}.
     */
    public static String integration(IntegrationScope... scopes) {
        String client = "test-integration-" + UUID.randomUUID().toString().substring(0, 8);
        String granted = Arrays.stream(scopes).map(IntegrationScope::value).collect(Collectors.joining(" "));
        return Jwt.issuer(ISSUER).subject(UUID.randomUUID().toString()).audience("portico-api")
                .claim("azp", client)
                .claim("preferred_username", "service-account-" + client)
                .claim("scope", ("profile email " + granted).strip())
                .claim("realm_access", Map.of("roles", List.of("integration")))
                .expiresIn(3600).jws().keyId("test").sign(KEY);
    }

    /** An integration token with every scope. */
    public static String integration() {
        return integration(IntegrationScope.values());
    }

    /** A token for another audience (e.g. a token minted for some other API). */
    public static String tokenForAudience(String subject, String audience, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).audience(audience)
                .claim("email", subject + "@example.com").claim("email_verified", true)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(3600).jws().keyId("test").sign(KEY);
    }

    private static PrivateKey load() {
        try {
            return KeyUtils.readPrivateKey("/test-keys/private-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
