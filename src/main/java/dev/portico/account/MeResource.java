package dev.portico.account;

import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person. */
@Path("/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.BACKOFFICE})
public class MeResource {

    @Inject
    MeService me;

    @GET
    @Operation(operationId = "getMe", summary = "Who am I: user, realm roles and companies (also accepts open invitations for my verified email)")
    public MeView get() {
        return me.me();
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMe", summary = "Change my language (used for mails)")
    public MeView update(@NotNull @Valid MeUpdate update) {
        return me.updateLocale(update.locale());
    }
}
