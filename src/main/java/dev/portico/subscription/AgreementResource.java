package dev.portico.subscription;

import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Back office publishes agreement versions. */
@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
@RolesAllowed(Roles.BACKOFFICE)
public class AgreementResource {

    @Inject
    AgreementService agreements;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.AGREEMENTS_WRITE)
    @Operation(operationId = "publishAgreement", summary = "Publish the next version of a product's agreement in one language (back office)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AgreementViews.AgreementView.class)))
    public Response publish(@NotNull @Valid AgreementViews.AgreementPublish request) {
        return Response.status(Response.Status.CREATED)
                .entity(AgreementViews.AgreementView.of(agreements.publish(request))).build();
    }
}
