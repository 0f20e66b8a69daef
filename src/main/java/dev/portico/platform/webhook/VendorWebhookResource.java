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

/** The vendor-wide webhook endpoints, which get every company's events: back office and integrations. */
@Path("/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@RolesAllowed({Roles.BACKOFFICE, Roles.INTEGRATION})
public class VendorWebhookResource {

    @Inject
    WebhookService webhooks;

    @GET
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "listVendorWebhookEndpoints", summary = "List the endpoints, newest first (back office; integrations with webhooks:manage)")
    public WebhookViews.EndpointPage list(@Valid @BeanParam PageRequest page) {
        return webhooks.list(WebhookService.Owner.vendor(), page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "createVendorWebhookEndpoint", summary = "Register an endpoint (back office; integrations with webhooks:manage): https, public addresses only; "
            + "the answer carries its signing secret, shown this once",
            extensions = @Extension(name = "x-problems", value = "webhook-url-not-allowed"))
    @APIResponse(responseCode = "201", headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response create(@NotNull @Valid WebhookViews.EndpointCreate request, @Context UriInfo uri) {
        WebhookService.Versioned created = webhooks.create(WebhookService.Owner.vendor(), request);
        return Response.created(uri.getBaseUriBuilder().path("v1/webhook-endpoints").path(created.endpoint().id().toString()).build())
                .tag(EntityTags.of(created.version())).entity(created.endpoint()).build();
    }

    @GET
    @Path("/{endpointId}")
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "getVendorWebhookEndpoint", summary = "One endpoint (back office; integrations with webhooks:manage)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response get(@PathParam("endpointId") UUID endpointId) {
        return respond(webhooks.get(WebhookService.Owner.vendor(), endpointId));
    }

    @PATCH
    @Path("/{endpointId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "updateVendorWebhookEndpoint", summary = "Change an endpoint's URL, description, event types or "
            + "enabled flag (If-Match required) (back office; integrations with webhooks:manage)",
            extensions = @Extension(name = "x-problems", value = "webhook-url-not-allowed"))
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response update(@PathParam("endpointId") UUID endpointId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid WebhookViews.EndpointUpdate request) {
        return respond(webhooks.update(WebhookService.Owner.vendor(), endpointId, request, ifMatch));
    }

    @DELETE
    @Path("/{endpointId}")
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "deleteVendorWebhookEndpoint", summary = "Delete an endpoint and its delivery log (back office; integrations with webhooks:manage)")
    public void delete(@PathParam("endpointId") UUID endpointId) {
        webhooks.delete(WebhookService.Owner.vendor(), endpointId);
    }

    @POST
    @Path("/{endpointId}/secret-rotation")
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "rotateVendorWebhookSecret", summary = "A new signing secret, shown this once; the previous one "
            + "keeps signing alongside it for 24 hours (back office; integrations with webhooks:manage)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointView.class)))
    public Response rotate(@PathParam("endpointId") UUID endpointId) {
        return respond(webhooks.rotateSecret(WebhookService.Owner.vendor(), endpointId));
    }

    @POST
    @Path("/{endpointId}/test-events")
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "sendVendorWebhookTest", summary = "Queue a webhook.test event for this endpoint alone (back office; integrations with webhooks:manage)")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = WebhookViews.DeliveryView.class)))
    public Response test(@PathParam("endpointId") UUID endpointId) {
        return Response.accepted(webhooks.sendTest(WebhookService.Owner.vendor(), endpointId)).build();
    }

    @GET
    @Path("/{endpointId}/deliveries")
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "listVendorWebhookDeliveries", summary = "The endpoint's deliveries, newest first, with their "
            + "latest attempts (kept 30 days) (back office; integrations with webhooks:manage)")
    public WebhookViews.DeliveryPage deliveries(@PathParam("endpointId") UUID endpointId,
            @QueryParam("status") @Pattern(regexp = "^(PENDING|SENDING|SUCCEEDED|FAILED)$")
            @Parameter(description = "Only deliveries in this state", schema = @Schema(enumeration = {"PENDING", "SENDING", "SUCCEEDED", "FAILED"}))
            String status,
            @Valid @BeanParam PageRequest page) {
        return webhooks.deliveries(WebhookService.Owner.vendor(), endpointId, status, page);
    }

    @POST
    @Path("/{endpointId}/deliveries/{deliveryId}/redelivery")
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "resendVendorWebhookDelivery", summary = "Send one delivery again now, with the same webhook-id "
            + "(back office; integrations with webhooks:manage)", extensions = @Extension(name = "x-problems", value = "webhook-delivery-in-progress"))
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = WebhookViews.DeliveryView.class)))
    public Response resend(@PathParam("endpointId") UUID endpointId,
            @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(webhooks.resend(WebhookService.Owner.vendor(), endpointId, deliveryId)).build();
    }

    @POST
    @Path("/{endpointId}/recovery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(IntegrationScope.WEBHOOKS_MANAGE)
    @Operation(operationId = "recoverVendorWebhookDeliveries", summary = "Send every failed delivery since a time again (back office; integrations with webhooks:manage)")
    public WebhookViews.RecoveryResult recover(@PathParam("endpointId") UUID endpointId,
            @NotNull @Valid WebhookViews.Recovery request) {
        return webhooks.recover(WebhookService.Owner.vendor(), endpointId, request.since());
    }

    private static Response respond(WebhookService.Versioned versioned) {
        return Response.ok(versioned.endpoint()).tag(EntityTags.of(versioned.version())).build();
    }
}
