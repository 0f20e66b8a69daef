package dev.portico.seat;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import dev.portico.contract.Examples;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The entitlement check: may a person use a product now? */
@Path("/v1/entitlements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seats")
public class EntitlementResource {

    @Inject
    EntitlementService entitlements;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.ENTITLEMENTS_READ)
    @Operation(operationId = "checkEntitlement", summary = "May I (or, for an integration, the person with this email) use the product now?")
@APIResponse(responseCode = "200", description = "Whether the person may use the product today",
            content = @Content(schema = @Schema(implementation = SeatViews.EntitlementView.class),
                    examples = @ExampleObject(name = "entitled", value = Examples.ENTITLEMENT)))
        public SeatViews.EntitlementView check(
            @QueryParam("product") @NotBlank @Size(max = 64) @Parameter(required = true, description = "Product code") String product,
            @QueryParam("email") @Size(max = 320) @dev.portico.platform.input.EmailAddress @Parameter(description = "Integrations only: whom to check") String email) {
        if (currentUser.hasRole(Roles.INTEGRATION)) {
            if (email == null || email.isBlank()) {
                throw ProblemException.invalid("email", "is required when an integration asks");
            }
            return entitlements.forEmail(product, email);
        }
        if (email != null) {
            throw ProblemException.forbidden("Only integrations may ask about someone else; leave out email.");
        }
        return entitlements.forMe(product);
    }
}
