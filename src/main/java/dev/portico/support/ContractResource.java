package dev.portico.support;

import dev.portico.platform.idempotency.Idempotent;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Support contracts: the company's list, one contract, and creation by back office or an ERP integration. */
@Path("/v1/support-contracts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Support contracts")
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The company's support contracts covering today (all with includeExpired), by number")
    public ContractViews.ContractPage list(@QueryParam("companyId") @NotNull @Parameter(required = true) UUID companyId,
            @QueryParam("includeExpired") @DefaultValue("false") boolean includeExpired,
            @Valid @BeanParam PageRequest page) {
        return contracts.list(companyId, includeExpired, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.BACKOFFICE})
    @Operation(summary = "One support contract with its lines")
    public ContractViews.ContractView get(@PathParam("id") UUID id) {
        return contracts.get(id);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a support contract (back office, or an ERP import through an integration)",
            extensions = @Extension(name = "x-problems", value = "contract-number-taken,idempotency-key-reused,idempotency-key-in-use"))
    @Parameter(name = Idempotent.HEADER, in = ParameterIn.HEADER,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 200), description = "Makes a retry safe: a replay returns the first response")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
    public Response create(@NotNull @Valid ContractViews.ContractCreate request, @Context UriInfo uri) {
        ContractViews.ContractView created = contracts.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
