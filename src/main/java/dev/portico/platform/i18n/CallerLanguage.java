package dev.portico.platform.i18n;

import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.Roles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The language the caller reads: a signed-in person's profile language, else the best match of the request's
 * {@code Accept-Language} among Portico's five, else English. Asked once per request; finding it never fails the
 * request, and it reads the database only for a person (never for an anonymous caller or an integration) and never on
 * an I/O thread.
 */
@RequestScoped
public class CallerLanguage {

    private static final Logger LOG = Logger.getLogger(CallerLanguage.class);

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    CurrentUser currentUser;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            Locale profile = profile();
            locale = profile != null ? profile : Languages.bestMatch(acceptLanguage());
        }
        return locale;
    }

    private Locale profile() {
        if (!BlockingOperationControl.isBlockingAllowed()) {
            return null; // an error answered on the event loop (an unknown path): the header decides
        }
        try {
            if (identity.isAnonymous() || identity.hasRole(Roles.INTEGRATION) || token == null
                    || token.getSubject() == null || token.getClaim("email") == null) {
                return null;
            }
            return Languages.supported(currentUser.get().locale);
        } catch (RuntimeException e) { // a refused token, a database that is down: the header decides
            LOG.debugf("No profile language for this request: %s", e.toString());
            return null;
        }
    }

    private String acceptLanguage() {
        RoutingContext current = request.getCurrent();
        return current == null ? null : current.request().getHeader("Accept-Language");
    }
}
