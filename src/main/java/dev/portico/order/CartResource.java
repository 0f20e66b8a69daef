package dev.portico.order;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My cart for a company: lines priced on the server, totals, and the prepaid balance before and after. */
@Path("/v1/carts/{companyId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
@RolesAllowed(Roles.CUSTOMER)
public class CartResource {

    @Inject
    CartService carts;

    @GET
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "getCart", summary = "My cart for the company (company admins)")
    public OrderViews.CartView get(@PathParam("companyId") UUID companyId) {
        return carts.get(companyId);
    }

    @DELETE
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "emptyCart", summary = "Empty my cart")
    @APIResponse(responseCode = "204", description = "Emptied")
    public void clear(@PathParam("companyId") UUID companyId) {
        carts.clear(companyId);
    }

    @POST
    @Path("/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "addCartLine", summary = "Add a product variant; a variant already in the cart gets the quantity added",
            extensions = @Extension(name = "x-problems", value = "not-for-sale,mixed-currencies"))
    public OrderViews.CartView add(@PathParam("companyId") UUID companyId, @NotNull @Valid OrderViews.CartLineAdd request) {
        return carts.add(companyId, request);
    }

    @PUT
    @Path("/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "changeCartLine", summary = "Change a line's quantity")
    public OrderViews.CartView update(@PathParam("companyId") UUID companyId, @PathParam("lineId") UUID lineId,
            @NotNull @Valid OrderViews.CartLineUpdate request) {
        return carts.update(companyId, lineId, request.quantity());
    }

    @DELETE
    @Path("/lines/{lineId}")
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "removeCartLine", summary = "Remove a line")
    public OrderViews.CartView remove(@PathParam("companyId") UUID companyId, @PathParam("lineId") UUID lineId) {
        return carts.remove(companyId, lineId);
    }
}
