package dev.portico.platform.security;

import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, as a database record. The first authenticated request of a new
 * person creates their {@link AppUser} from the token (subject, email, name, locale); later requests refresh
 * email and name when Keycloak changed them.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private AppUser user;

    /**
     * The caller's user record, created or refreshed from the token on first use in this request. A read when nothing
     * changed (no write on a read); the insert-or-refresh runs in a transaction of its own, so the record stays even
     * when the request's own work is rolled back.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AppUser get() {
        if (user == null) {
            user = sync();
        }
        return user;
    }

    /** Who is acting, for the audit trail: a person, or an integration's service account (no email). */
    public record Actor(UUID userId, String name) {
    }

    public Actor actor() {
        if (token != null && token.getClaim("email") == null) {
            String client = token.getClaim("azp");
            return new Actor(null, "Integration " + (client == null ? token.getSubject() : client));
        }
        AppUser me = get();
        return new Actor(me.id, me.displayName());
    }

    public UUID id() {
        return get().id;
    }

    /** The token's subject: who is calling, known before (and without) their user record. */
    public String subject() {
        if (identity.isAnonymous() || token == null || token.getSubject() == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        return token.getSubject();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the caller is an integration's service account: it reads vendor-wide within its scopes, as no person. */
    public boolean isIntegration() {
        return identity.hasRole(Roles.INTEGRATION);
    }

    private AppUser sync() {
        if (identity.isAnonymous() || token == null || token.getSubject() == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        String email = normaliseEmail(token.getClaim("email"));
        if (email == null) {
            throw new ProblemException(CommonProblem.FORBIDDEN, Message.of("detail.no-email"), null, java.util.Map.of());
        }
        boolean verified = Boolean.TRUE.equals(booleanClaim("email_verified"));
        String firstName = token.getClaim("given_name");
        String lastName = token.getClaim("family_name");
        boolean agent = identity.hasRole(Roles.SUPPORT_AGENT);
        AppUser known = find();
        if (known != null && email.equals(known.email) && verified == known.emailVerified
                && Objects.equals(firstName, known.firstName) && Objects.equals(lastName, known.lastName)
                && agent == known.supportAgent) {
            return known;
        }
        Instant now = clock.instant();
        // Insert-or-refresh in one statement: two first requests of the same person may race.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into app_user (id, subject, email, email_verified, first_name, last_name, locale, support_agent,
                                      created_at, updated_at)
                values (:id, :subject, :email, :verified, :first, :last, :locale, :agent, :now, :now)
                on conflict (subject) do update
                   set email = excluded.email, email_verified = excluded.email_verified,
                       first_name = excluded.first_name, last_name = excluded.last_name,
                       support_agent = excluded.support_agent, updated_at = excluded.updated_at
                 where (app_user.email, app_user.email_verified, app_user.first_name, app_user.last_name, app_user.support_agent)
                       is distinct from (excluded.email, excluded.email_verified, excluded.first_name, excluded.last_name,
                                         excluded.support_agent)
                """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("subject", token.getSubject())
                .setParameter("email", email)
                .setParameter("verified", verified)
                .setParameter("first", firstName)
                .setParameter("last", lastName)
                .setParameter("locale", Locales.closest(token.getClaim("locale")))
                .setParameter("agent", agent)
                .setParameter("now", now)
                .executeUpdate());
        if (known != null) {
            em.detach(known); // read again below: the refresh committed in its own transaction
        }
        return find();
    }

    private AppUser find() {
        return em.createQuery("from AppUser where subject = :subject", AppUser.class)
                .setParameter("subject", token.getSubject())
                .getResultStream().findFirst().orElse(null);
    }

    private Boolean booleanClaim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof jakarta.json.JsonValue json) {
            return json.getValueType() == jakarta.json.JsonValue.ValueType.TRUE;
        }
        return value == null ? null : Boolean.parseBoolean(Objects.toString(value));
    }

    /** Emails are compared in lower case with surrounding blanks removed. */
    public static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
