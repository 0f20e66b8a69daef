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

    /** The SPA calls this right after sign-in: it is also when open invitations are accepted. */
    public MeView me() {
        AppUser user = currentUser.get();
        invitations.acceptPendingFor(user);
        if (user.emailVerified) {
            signedIn.fire(new dev.portico.platform.security.UserSignedIn(user));
        }
        return view(user);
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
