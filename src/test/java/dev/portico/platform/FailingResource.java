package dev.portico.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails the way a bug would, to prove no internals leak. */
@Path("/v1/test-failures")
@jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
@PermitAll
public class FailingResource {

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(hidden = true)
    @Path("/sql")
    public String sql() {
        throw new IllegalStateException("ERROR: relation \"secret\" does not exist; select * from secret where id = 1");
    }
}
