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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Associating a bought service with an end customer (resellers, and any company buying for someone else). */
@Path("/v1/order-items/{itemId}/association")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@RolesAllowed(Roles.CUSTOMER)
public class OrderItemResource {

    @Inject
    AssociationService associations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "associateOrderItem", summary = "Associate a subscription pending activation with an end customer's email (mails them); "
            + "again to change the address while not claimed",
            extensions = @Extension(name = "x-problems", value = "not-associable"))
    public OrderViews.ItemView associate(@PathParam("itemId") UUID itemId,
            @NotNull @Valid OrderViews.AssociationRequest request) {
        return associations.associate(itemId, request.email());
    }

    @DELETE
    @CompanyRole(MembershipRole.ADMIN)
    @Operation(operationId = "withdrawOrderItemAssociation", summary = "Withdraw an association that was not claimed yet",
            extensions = @Extension(name = "x-problems", value = "not-associable"))
    public OrderViews.ItemView withdraw(@PathParam("itemId") UUID itemId) {
        return associations.withdraw(itemId);
    }
}
