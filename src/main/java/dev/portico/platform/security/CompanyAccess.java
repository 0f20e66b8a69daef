package dev.portico.platform.security;

import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The caller's memberships, read once per request (every check of the request answers from them). */
    private Map<UUID, MembershipRole> memberships;

    @SuppressWarnings("unchecked")
    private Map<UUID, MembershipRole> memberships() {
        if (memberships == null) {
            Map<UUID, MembershipRole> mine = new HashMap<>();
            ((List<Object[]>) em.createNativeQuery("select company_id, role from membership where user_id = :user")
                    .setParameter("user", currentUser.id())
                    .getResultList())
                    .forEach(row -> mine.put((UUID) row[0], MembershipRole.valueOf((String) row[1])));
            memberships = mine;
        }
        return memberships;
    }

    /** Forgets what was read: the caller's memberships changed in this request (joined, left, a role changed). */
    public void forget() {
        memberships = null;
    }

    /** The caller's role in the company, or 404 when they are not a member (or it does not exist). */
    public MembershipRole requireMember(UUID companyId) {
        MembershipRole role = memberships().get(companyId);
        if (role == null) {
            // no id in the message: the company may be the owner of something else the caller named (a ticket, a seat)
            throw new ProblemException(CommonProblem.NOT_FOUND, Message.of("detail.not-found.yours"), null, Map.of());
        }
        return role;
    }

    /** Passes for the company's admins; 404 for non-members, 403 for plain members. */
    public void requireAdmin(UUID companyId) {
        if (requireMember(companyId) != MembershipRole.ADMIN) {
            throw new ProblemException(CommonProblem.FORBIDDEN, Message.of("detail.company-admin-only"), null, Map.of());
        }
    }

    /** The companies the caller administers. */
    public List<UUID> adminCompanyIds() {
        return memberships().entrySet().stream().filter(e -> e.getValue() == MembershipRole.ADMIN)
                .map(Map.Entry::getKey).toList();
    }

    /** Whether the caller is a member (any role) of the company. */
    public boolean isMember(UUID companyId) {
        return memberships().containsKey(companyId);
    }

    /** Whether the caller is an admin of the company (false for non-members). */
    public boolean isAdmin(UUID companyId) {
        return memberships().get(companyId) == MembershipRole.ADMIN;
    }
}
