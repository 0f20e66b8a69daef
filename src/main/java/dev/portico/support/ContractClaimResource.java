package dev.portico.support;

import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Linking my company to a support contract by proving tax ID + contract number + a serial number or license key. */
@Path("/v1/contract-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support contracts")
@RolesAllowed(Roles.CUSTOMER)
public class ContractClaimResource {

    @Inject
    ContractService contracts;

    @POST
    @Operation(operationId = "claimContract", summary = "Claim a contract by proof; attempts are limited per person, per contract number and per tax ID (429 with Retry-After). Without a "
            + "company, one is created from the contract's customer data",
            extensions = @Extension(name = "x-problems", value = "contract-proof-mismatch,contract-claimed-elsewhere,rate-limited"))
    public ContractViews.ContractView claim(@NotNull ContractViews.Claim claim) { // validated after counting the attempt
        return contracts.claim(claim);
    }
}
