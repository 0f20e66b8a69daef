package dev.portico.order;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.idempotency.Idempotent;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company's prepaid credit: balance and statement for its admins, top-ups by back office. */
@Path("/v1/credit-accounts/{companyId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Prepaid credit")
public class CreditResource {

    @Inject
    CreditLedger ledger;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE})
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getCreditAccount", summary = "The current balance (0 when the company never had credit); its admins, back "
            + "office any company's")
    public OrderViews.CreditAccountView account(@PathParam("companyId") UUID companyId) {
        return ledger.account(companyId);
    }

    @GET
    @Path("/entries")
    @RolesAllowed(Roles.CUSTOMER)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listCreditEntries", summary = "The statement: every movement, newest first, with the balance after it")
    public OrderViews.CreditEntryPage entries(@PathParam("companyId") UUID companyId, @Valid @BeanParam PageRequest page) {
        return ledger.entries(companyId, page);
    }

    @POST
    @Path("/top-ups")
    @Idempotent
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(IntegrationScope.CREDIT_WRITE)
    @Operation(operationId = "topUpCredit", summary = "Add credit with a reason (back office)")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OrderViews.CreditEntryView.class)))
    public Response topUp(@PathParam("companyId") UUID companyId, @NotNull @Valid OrderViews.TopUp request) {
        return Response.status(Response.Status.CREATED).entity(ledger.topUp(companyId, request)).build();
    }
}
