package dev.portico.platform.input;

import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter that cannot be read ({@link StrictParameters}). A web application exception, so
 * that JAX-RS passes it on instead of turning it into "404 nothing here"; answered as the problem it carries.
 */
public class InvalidParameter extends BadRequestException {

    private final transient ProblemException problem;

    public InvalidParameter(String parameter, Message message) {
        super(parameter + " " + message);
        this.problem = ProblemException.invalid(parameter, message);
    }

    public ProblemException problem() {
        return problem;
    }
}
