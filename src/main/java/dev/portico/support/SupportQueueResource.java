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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The support agents' queue of every company's tickets. */
@Path("/v1/support-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
@RolesAllowed(Roles.SUPPORT_AGENT)
public class SupportQueueResource {

    static final String ASSIGNEE = "me|none|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @Inject
    TicketService tickets;

    @GET
    @Operation(operationId = "listSupportQueue", summary = "Tickets waiting longest first; by default those waiting for support (OPEN, WAITING_FOR_SUPPORT)")
    public TicketViews.Page queue(@QueryParam("state") @jakarta.validation.constraints.Size(max = 10) List<TicketState> state,
            @QueryParam("contractId") UUID contractId, @QueryParam("companyId") UUID companyId,
            @QueryParam("waitingBefore") @Parameter(description = "Only tickets waiting since before this instant") Instant waitingBefore,
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 100) @Parameter(description = "Text in the ticket's "
                    + "number or title, its company's name, its contract's number, or its line's serial number or license key "
                    + "(any case)") String q,
            @QueryParam("priority") @jakarta.validation.constraints.Size(max = 4) List<TicketPriority> priority,
            @QueryParam("assignee") @jakarta.validation.constraints.Size(max = 36)
            @jakarta.validation.constraints.Pattern(regexp = ASSIGNEE) @Parameter(description =
                    "Only tickets assigned to me, to no one (none), or to the agent with this id") String assignee,
            @Valid @BeanParam PageRequest page) {
        return tickets.queue(new TicketService.QueueFilter(state, contractId, companyId, waitingBefore, q, priority,
                assignee == null ? null : assignee.toLowerCase(java.util.Locale.ROOT)), page);
    }

}
