package dev.portico.platform.security;

import dev.portico.platform.PorticoConfig;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells the SPA where to sign people in, so that one build runs against any Keycloak. */
@Path("/v1/client-config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@PermitAll
public class ClientConfigResource {

    @Inject
    PorticoConfig config;

    /** Sign-in settings for the SPA. */
    @Schema(name = "ClientConfig")
    public record ClientConfig(
            @Schema(required = true, example = "http://localhost:8180") String keycloakUrl,
            @Schema(required = true, example = "portico") String realm,
            @Schema(required = true, example = "portico-spa") String clientId,
            @Schema(required = true, description = "Keycloak account page (password, sessions)") String accountUrl) {
    }

    @GET
    @SecurityRequirements
    @Operation(operationId = "getClientConfig", summary = "Sign-in settings for the SPA (no authentication)")
    public ClientConfig get() {
        PorticoConfig.Sso sso = config.sso();
        String realmUrl = sso.url() + "/realms/" + sso.realm();
        return new ClientConfig(sso.url(), sso.realm(), sso.spaClientId(), realmUrl + "/account");
    }
}
