package dev.portico.support;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE})
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "listContracts", summary = "The company's support contracts covering today (all with includeExpired), by number "
            + "(its members; back office any company's)")
    public ContractViews.ContractPage list(@QueryParam("companyId") @NotNull @Parameter(required = true) UUID companyId,
            @QueryParam("includeExpired") @DefaultValue("false") boolean includeExpired,
            @Valid @BeanParam PageRequest page) {
        return contracts.list(companyId, includeExpired, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.CONTRACTS_READ)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "getContract", summary = "One support contract with its lines")
    public ContractViews.ContractView get(@PathParam("id") UUID id) {
        return contracts.get(id);
    }

    @POST
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(IntegrationScope.CONTRACTS_WRITE)
    @Operation(operationId = "createContract", summary = "Create a support contract (back office, or an ERP import through an integration)",
            extensions = @Extension(name = "x-problems", value = "contract-number-taken,idempotency-key-reused,idempotency-key-in-use"))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = ContractViews.ContractView.class)))
    public Response create(@NotNull @Valid ContractViews.ContractCreate request, @Context UriInfo uri) {
        ContractViews.ContractView created = contracts.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }
}
