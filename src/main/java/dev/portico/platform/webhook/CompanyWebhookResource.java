package dev.portico.platform.webhook;

import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.http.EntityTags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Roles;

/** A company's webhook endpoints: its admins register receivers for the company's own events. */
@Path("/v1/companies/{companyId}/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed(Roles.CUSTOMER)
public class CompanyWebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    CompanyAccess access;

    private WebhookService.Owner owner(UUID companyId) {
        access.requireAdmin(companyId);
        return WebhookService.Owner.company(companyId);
    }

    @GET
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listCompanyWebhookEndpoints", summary = "List the endpoints, newest first (the company's admins)")
    public WebhookViews.EndpointPage list(@PathParam("companyId") UUID companyId, @Valid @BeanParam PageRequest page) {
        return webhooks.list(owner(companyId), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "createCompanyWebhookEndpoint", summary = "Register an endpoint (the company's admins): https, public addresses only; "
            + "the answer carries its signing secret, shown this once",
            extensions = @Extension(name = "x-problems", value = "webhook-url-not-allowed"))
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response create(@PathParam("companyId") UUID companyId, @NotNull @Valid WebhookViews.EndpointCreate request, @Context UriInfo uri) {
        WebhookService.Versioned created = webhooks.create(owner(companyId), request);
        return Response.created(uri.getBaseUriBuilder().path("v1/companies").path(companyId.toString()).path("webhook-endpoints").path(created.endpoint().id().toString()).build())
                .tag(EntityTags.of(created.version())).entity(created.endpoint()).build();
    }

    @GET
    @Path("/{endpointId}")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getCompanyWebhookEndpoint", summary = "One endpoint (the company's admins)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response get(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId) {
        return respond(webhooks.get(owner(companyId), endpointId));
    }

    @PATCH
    @Path("/{endpointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "updateCompanyWebhookEndpoint", summary = "Change an endpoint's URL, description, event types or "
            + "enabled flag (If-Match required) (the company's admins)",
            extensions = @Extension(name = "x-problems", value = "webhook-url-not-allowed"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response update(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid WebhookViews.EndpointUpdate request) {
        return respond(webhooks.update(owner(companyId), endpointId, request, ifMatch));
    }

    @DELETE
    @Path("/{endpointId}")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "deleteCompanyWebhookEndpoint", summary = "Delete an endpoint and its delivery log (the company's admins)")
    public void delete(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId) {
        webhooks.delete(owner(companyId), endpointId);
    }

    @POST
    @Path("/{endpointId}/secret-rotation")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "rotateCompanyWebhookSecret", summary = "A new signing secret, shown this once; the previous one "
            + "keeps signing alongside it for 24 hours (the company's admins)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response rotate(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId) {
        return respond(webhooks.rotateSecret(owner(companyId), endpointId));
    }

    @POST
    @Path("/{endpointId}/test-events")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "sendCompanyWebhookTest", summary = "Queue a webhook.test event for this endpoint alone (the company's admins)")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = WebhookViews.DeliveryView.class)))
    public Response test(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId) {
        return Response.accepted(webhooks.sendTest(owner(companyId), endpointId)).build();
    }

    @GET
    @Path("/{endpointId}/deliveries")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listCompanyWebhookDeliveries", summary = "The endpoint's deliveries, newest first, with their "
            + "latest attempts (kept 30 days) (the company's admins)")
    public WebhookViews.DeliveryPage deliveries(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId,
            @QueryParam("status") @Pattern(regexp = "^(PENDING|SENDING|SUCCEEDED|FAILED)$")
            @Parameter(description = "Only deliveries in this state", schema = @Schema(enumeration = {"PENDING", "SENDING", "SUCCEEDED", "FAILED"}))
            String status,
            @Valid @BeanParam PageRequest page) {
        return webhooks.deliveries(owner(companyId), endpointId, status, page);
    }

    @POST
    @Path("/{endpointId}/deliveries/{deliveryId}/redelivery")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "resendCompanyWebhookDelivery", summary = "Send one delivery again now, with the same webhook-id "
            + "(the company's admins)", extensions = @Extension(name = "x-problems", value = "webhook-delivery-in-progress"))
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = WebhookViews.DeliveryView.class)))
    public Response resend(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId,
            @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.resend(owner(companyId), endpointId, deliveryId)).build();
    }

    @POST
    @Path("/{endpointId}/recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "recoverCompanyWebhookDeliveries", summary = "Send every failed delivery since a time again (the company's admins)")
    public WebhookViews.RecoveryResult recover(@PathParam("companyId") UUID companyId, @PathParam("endpointId") UUID endpointId,
            @NotNull @Valid WebhookViews.Recovery request) {
        return webhooks.recover(owner(companyId), endpointId, request.since());
    }

    private static Response respond(WebhookService.Versioned versioned) {
        return Response.ok(versioned.endpoint()).tag(EntityTags.of(versioned.version())).build();
    }
}
