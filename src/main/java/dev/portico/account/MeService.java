package dev.portico.account;

import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** The signed-in person's view of themselves. */
@ApplicationScoped
@Transactional
public class MeService {

    @Inject
    jakarta.enterprise.inject.Instance<dev.portico.platform.security.SignInClaim> claims;

    private volatile String pendingSql;

    private static final List<String> KNOWN_ROLES =
            List.of(Roles.CUSTOMER, Roles.SUPPORT_AGENT, Roles.BACKOFFICE, Roles.INTEGRATION);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    InvitationService invitations;

    @Inject
    jakarta.enterprise.event.Event<dev.portico.platform.security.UserSignedIn> signedIn;

    /**
     * The SPA calls this right after sign-in: it is also when open invitations are accepted and what was addressed
     * to the person's verified email becomes theirs. Whether anything waits is asked first, in one read; the write
     * transaction that claims it runs only then — a read of {@code /me} writes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeView me() {
        AppUser user = currentUser.get();
        if (user.emailVerified && somethingWaitsFor(user.email)) {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                invitations.acceptPendingFor(user);
                signedIn.fire(new dev.portico.platform.security.UserSignedIn(user));
            });
        }
        return view(user);
    }

    private boolean somethingWaitsFor(String email) {
        String sql = pendingSql;
        if (sql == null) {
            sql = pendingSql = "select " + claims.stream().map(dev.portico.platform.security.SignInClaim::pendingSql)
                    .collect(java.util.stream.Collectors.joining(" or "));
        }
        return (Boolean) em.createNativeQuery(sql).setParameter("email", email).getSingleResult();
    }

    public MeView updateLocale(String locale) {
        AppUser user = currentUser.get();
        user.locale = locale;
        return view(user);
    }

    private MeView view(AppUser user) {
        List<MeView.CompanyMembershipView> companies = em.createQuery("""
                        select c.id, c.name, c.kind, m.role from Membership m, Company c
                         where c.id = m.companyId and m.userId = :user order by c.name
                        """, Object[].class)
                .setParameter("user", user.id)
                .getResultStream()
                .map(row -> new MeView.CompanyMembershipView((java.util.UUID) row[0], (String) row[1],
                        (CompanyKind) row[2], (MembershipRole) row[3]))
                .toList();
        List<String> roles = KNOWN_ROLES.stream().filter(currentUser::hasRole).toList();
        return new MeView(new MeView.UserView(user.id, user.email, user.firstName, user.lastName, user.locale),
                roles, companies);
    }
}
