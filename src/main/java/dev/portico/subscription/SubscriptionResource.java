package dev.portico.subscription;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import dev.portico.contract.Examples;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscriptions: list, detail, activation, PO number, cancellation; creation by back office and integrations. */
@Path("/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subscriptions")
@RolesAllowed(Roles.CUSTOMER)
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.SUBSCRIPTIONS_READ)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "listSubscriptions", summary = "The subscriptions I administer, or of the companies I administer; sorted by next renewal. "
            + "LAPSED and ENDED ones only when asked for by status. Back office and integrations: any one company's (companyId required).")
    public SubscriptionView.Page list(
            @QueryParam("companyId") @Parameter(description = "Only this company's") UUID companyId,
            @QueryParam("status") @Size(max = 10) List<SubscriptionStatus> status,
            @QueryParam("product") @Size(max = 64) @Parameter(description = "Product code") String product,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in the number or PO number") String q,
            @Valid @BeanParam PageRequest page) {
        return subscriptions.list(new SubscriptionService.Filter(companyId, status, product, q), page);
    }

    @POST
    @RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(IntegrationScope.SUBSCRIPTIONS_WRITE)
    @Operation(operationId = "createSubscription", summary = "Create a subscription pending activation (back office, integrations); mails the admin")
    @APIResponse(responseCode = "201", headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "Location", ref = "Location")},
            content = @Content(schema = @Schema(implementation = SubscriptionView.class),
                    examples = @ExampleObject(name = "pending", value = Examples.SUBSCRIPTION)))
    public Response create(@RequestBody(content = @Content(examples = @ExampleObject(name = "from the ERP",
            value = Examples.SUBSCRIPTION_CREATE))) @NotNull @Valid SubscriptionCreate request, @Context UriInfo uri) {
        SubscriptionService.Versioned created = subscriptions.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.subscription().id().toString()).build())
                .entity(created.subscription()).tag(EntityTags.of(created.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.INTEGRATION})
    @RequiresScope(IntegrationScope.SUBSCRIPTIONS_READ)
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "getSubscription", summary = "One subscription; carries an ETag")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response get(@PathParam("id") UUID id) {
        return respond(subscriptions.get(id));
    }

    @GET
    @Path("/{id}/agreement")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "getAgreementToAccept", summary = "The current agreement to accept, in the language asked for (English when it has none)")
    public AgreementViews.AgreementView agreement(@PathParam("id") UUID id,
            @QueryParam("language") @Size(max = 2) @Pattern(regexp = "en|de|fr|it|pl", message = "{portico.language}") String language) {
        return AgreementViews.AgreementView.of(subscriptions.agreementToAccept(id, language));
    }

    @POST
    @Path("/{id}/activation")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "activateSubscription", summary = "Accept the agreement version read and activate (the subscription's admin only)",
            extensions = @Extension(name = "x-problems", value = "not-subscription-admin,invalid-transition,activation-window-closed,agreement-changed,no-agreement"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response activate(@PathParam("id") UUID id, @NotNull @Valid AgreementViews.ActivationRequest request,
            @Context HttpServerRequest http) {
        String ip = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        return respond(subscriptions.activate(id, request, ip));
    }

    @GET
    @Path("/{id}/accepted-agreement")
    @CompanyRole(MembershipRole.MEMBER)
    @Operation(operationId = "getAcceptedAgreement", summary = "The agreement that was accepted at activation")
    public AgreementViews.AcceptedAgreementView acceptedAgreement(@PathParam("id") UUID id) {
        return subscriptions.acceptedAgreement(id);
    }

    @PUT
    @Path("/{id}/po-number")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "changePoNumber", summary = "Change the PO number (If-Match required); the history is kept",
            extensions = @Extension(name = "x-problems", value = "subscription-not-manageable,precondition-failed,precondition-required"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response changePoNumber(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PoNumberUpdate request) {
        return respond(subscriptions.changePoNumber(id, request.poNumber(), ifMatch));
    }

    @PUT
    @Path("/{id}/payment-method")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "changePaymentMethod", summary = "Change the payment method: card or SEPA (through the payment provider) or invoice",
            extensions = @Extension(name = "x-problems", value = "subscription-not-manageable"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response changePaymentMethod(@PathParam("id") UUID id,
            @NotNull @Valid ManageRequests.PaymentMethodChange request) {
        return respond(subscriptions.changePaymentMethod(id, request));
    }

    @POST
    @Path("/{id}/admin-transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "transferSubscriptionAdmin", summary = "Transfer the admin right to a member, or to anyone by email",
            description = "A member of the company becomes the admin at once. Anyone else is invited into the company "
                    + "(company admins only) and becomes the admin when they sign in with that verified email; until then "
                    + "the transfer is pending (`pendingAdminTransfer`) and the current admin stays admin. A new transfer "
                    + "replaces a pending one; repeating the pending one changes nothing.",
            extensions = @Extension(name = "x-problems",
                    value = "subscription-not-manageable,admin-transfer-needs-company-admin,rate-limited"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response transferAdmin(@PathParam("id") UUID id, @NotNull @Valid ManageRequests.AdminTransfer request) {
        return respond(subscriptions.transferAdmin(id, request));
    }

    @DELETE
    @Path("/{id}/admin-transfer")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "withdrawSubscriptionAdminTransfer",
            summary = "Withdraw a pending admin transfer (and the invitation it made); nothing pending changes nothing",
            extensions = @Extension(name = "x-problems", value = "subscription-not-manageable"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response withdrawAdminTransfer(@PathParam("id") UUID id) {
        return respond(subscriptions.withdrawAdminTransfer(id));
    }

    @GET
    @Path("/{id}/po-numbers")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listPoNumbers", summary = "The PO numbers the subscription had, newest first")
    public List<AgreementViews.PoNumberEntry> poNumbers(@PathParam("id") UUID id) {
        return subscriptions.poNumberHistory(id);
    }

    @GET
    @Path("/{id}/invoices")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listSubscriptionInvoices", summary = "The subscription's invoices, newest first")
    public List<InvoiceView> invoices(@PathParam("id") UUID id) {
        return subscriptions.invoices(id);
    }

    @GET
    @Path("/{id}/invoices/{invoiceId}/pdf")
    @Produces("application/pdf")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getSubscriptionInvoicePdf", summary = "An invoice as a PDF document")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response invoicePdf(@PathParam("id") UUID id, @PathParam("invoiceId") UUID invoiceId) {
        SubscriptionService.InvoiceFile document = subscriptions.invoicePdf(id, invoiceId);
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + document.number() + ".pdf\"")
                .build();
    }

    @POST
    @Path("/{id}/cancellation")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "cancelSubscription", summary = "Cancel at the next renewal (ACTIVE → NON_RENEWING)",
            extensions = @Extension(name = "x-problems", value = "invalid-transition,subscription-not-manageable"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response cancel(@PathParam("id") UUID id) {
        return respond(subscriptions.cancel(id));
    }

    @DELETE
    @Path("/{id}/cancellation")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "undoSubscriptionCancellation", summary = "Undo the cancellation, until the renewal date",
            extensions = @Extension(name = "x-problems", value = "invalid-transition"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response undoCancellation(@PathParam("id") UUID id) {
        return respond(subscriptions.undoCancellation(id));
    }

    private static Response respond(SubscriptionService.Versioned versioned) {
        return Response.ok(versioned.subscription()).tag(EntityTags.of(versioned.version())).build();
    }
}
