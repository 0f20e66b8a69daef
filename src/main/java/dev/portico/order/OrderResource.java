package dev.portico.order;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import dev.portico.contract.Examples;
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

/** Checkout and the order history of a company (its admins). */
@Path("/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@RolesAllowed(Roles.CUSTOMER)
public class OrderResource {

    @Inject
    OrderService orders;

    @Inject
    CheckoutFlow flow;

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "checkout", summary = "Check out my cart for the company: pay, deliver, confirm by mail. Idempotency-Key required",
            extensions = @Extension(name = "x-problems", value = "cart-empty,cart-changed,not-for-sale,insufficient-credit,payment-declined,payment-unavailable,checkout-expired,idempotency-key-reused,idempotency-key-in-use"))
    @APIResponse(responseCode = "201", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = OrderViews.OrderView.class)))
    public Response checkout(@RequestBody(content = @Content(examples = {
            @ExampleObject(name = "by card", value = Examples.CHECKOUT_BY_CARD),
            @ExampleObject(name = "from prepaid credit", value = Examples.CHECKOUT_FROM_CREDIT)}))
            @NotNull @Valid OrderViews.Checkout request, @Context UriInfo uri, @Context HttpHeaders headers) {
        // IdempotencyFilter has required the key; the payment provider's keys are derived from it
        OrderViews.OrderView order = flow.checkout(request, headers.getHeaderString(Idempotent.HEADER));
        return Response.created(uri.getAbsolutePathBuilder().path(order.id().toString()).build()).entity(order).build();
    }

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE})
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "listOrders", summary = "The company's orders, newest first (its admins; back office any company's)")
    public OrderViews.OrderPage list(@QueryParam("companyId") @NotNull @Parameter(required = true) UUID companyId,
            @Valid @BeanParam PageRequest page) {
        return orders.list(companyId, page);
    }

    @GET
    @Path("/{id}")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getOrder", summary = "One order with its lines and what each delivered (subscription state, license key, association)")
    public OrderViews.OrderView get(@PathParam("id") UUID id) {
        return orders.get(id);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.CUSTOMER, Roles.BACKOFFICE})
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "cancelOrder", summary = "Cancel the order with a full refund, while nothing it delivered is in use (actions.cancel)",
            extensions = @Extension(name = "x-problems", value = "order-not-cancellable"))
    public OrderViews.OrderView cancel(@PathParam("id") UUID id) {
        return flow.cancel(id);
    }

    @POST
    @Path("/{id}/payment")
    @RolesAllowed(Roles.BACKOFFICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordOrderPayment", summary = "Record that an order paid on invoice was paid (back office)",
            extensions = @Extension(name = "x-problems", value = "order-not-payable"))
    public OrderViews.OrderView recordPayment(@PathParam("id") UUID id, @NotNull @Valid OrderViews.PaymentRecord request) {
        return orders.recordPayment(id, request.reference());
    }

    @GET
    @Path("/{id}/credit-note")
    @Produces("application/pdf")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getOrderCreditNote", summary = "The credit note that cancelled the paid invoice of a cancelled order, as a PDF document (404 when it has none)")
    @APIResponse(responseCode = "200", description = "The credit note", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response creditNote(@PathParam("id") UUID id) {
        OrderService.InvoiceFile file = orders.creditNote(id);
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.number() + ".pdf\"").build();
    }

    @GET
    @Path("/{id}/invoice")
    @Produces("application/pdf")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getOrderInvoice", summary = "The order's invoice as a PDF document")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response invoice(@PathParam("id") UUID id) {
        OrderService.InvoiceFile file = orders.invoice(id);
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.number() + ".pdf\"").build();
    }
}
