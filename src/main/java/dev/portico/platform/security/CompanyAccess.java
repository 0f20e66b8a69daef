package dev.portico.platform.security;

import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The one place that answers "may the caller read / administer company X", always from the memberships in
 * the database — never from a request field or a token claim. A company the caller does not belong to
 * answers exactly like a missing one (404), so ids leak nothing.
 */
@RequestScoped
public class CompanyAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    EntityManager em;

    /** The caller's role in the company, or 404 when they are not a member (or it does not exist). */
    public MembershipRole requireMember(UUID companyId) {
        List<?> roles = em.createNativeQuery("select role from membership where company_id = :company and user_id = :user")
                .setParameter("company", companyId)
                .setParameter("user", currentUser.id())
                .getResultList();
        if (roles.isEmpty()) {
            // no id in the message: the company may be the owner of something else the caller named (a ticket, a seat)
            throw ProblemException.notFound("What you asked for");
        }
        return MembershipRole.valueOf((String) roles.get(0));
    }

    /** Passes for the company's admins; 404 for non-members, 403 for plain members. */
    public void requireAdmin(UUID companyId) {
        if (requireMember(companyId) != MembershipRole.ADMIN) {
            throw ProblemException.forbidden("Only an admin of this company may do this.");
        }
    }

    /** The companies the caller administers. */
    @SuppressWarnings("unchecked")
    public List<UUID> adminCompanyIds() {
        return em.createNativeQuery("select company_id from membership where user_id = :user and role = 'ADMIN'")
                .setParameter("user", currentUser.id())
                .getResultList();
    }

    /** Whether the caller is a member (any role) of the company. */
    public boolean isMember(UUID companyId) {
        return em.createNativeQuery("select 1 from membership where company_id = :company and user_id = :user")
                .setParameter("company", companyId)
                .setParameter("user", currentUser.id())
                .getResultList().size() == 1;
    }

    /** Whether the caller is an admin of the company (false for non-members). */
    public boolean isAdmin(UUID companyId) {
        return em.createNativeQuery(
                        "select 1 from membership where company_id = :company and user_id = :user and role = 'ADMIN'")
                .setParameter("company", companyId)
                .setParameter("user", currentUser.id())
                .getResultList().size() == 1;
    }
}
