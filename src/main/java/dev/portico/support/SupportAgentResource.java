package dev.portico.support;

import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The support agents, for assigning tickets. */
@Path("/v1/support-agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@RolesAllowed(Roles.SUPPORT_AGENT)
public class SupportAgentResource {

    @Inject
    TicketService tickets;

    @GET
    @Operation(operationId = "listSupportAgents", summary = "The support agents tickets can be assigned to (everyone who signed in "
            + "with the support-agent role), by email")
    public TicketViews.Agents list(@Valid @BeanParam PageRequest page) {
        return tickets.agents(page);
    }
}
