package dev.portico.account;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.Roles;
import dev.portico.platform.security.MembershipRole;
import dev.portico.subscription.SubscriptionService;
import jakarta.enterprise.context.ApplicationScoped;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lists a company's members, changes their roles and removes them — always keeping one admin. */
@ApplicationScoped
@Transactional
public class MemberService {

    @Inject
    EntityManager em;

    @Inject
    WebhookEvents webhooks;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    SubscriptionService subscriptions;

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberView.Page list(UUID companyId, PageRequest page) {
        if (!currentUser.hasRole(Roles.BACKOFFICE)) { // back office reads any company's members (a customer's overview)
            access.requireMember(companyId);
        }
        boolean admin = access.isAdmin(companyId);
        long admins = adminCount(companyId);
        Cursor after = page.after();
        String jpql = "select m, u from Membership m, AppUser u where u.id = m.userId and m.companyId = :company"
                + (after == null ? "" : " and (m.joinedAt, m.id) > (:afterTime, :afterId)")
                + " order by m.joinedAt, m.id";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("company", companyId)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("afterTime", after.instantKey()).setParameter("afterId", after.id());
        }
        var slice = page.slice(query.getResultList(), row -> {
            Membership m = (Membership) row[0];
            return new Cursor(m.joinedAt.toString(), m.id);
        }).map(row -> view((Membership) row[0], (AppUser) row[1], admin, admins));
        return new MemberView.Page(slice.items(), slice.next());
    }

    public MemberView changeRole(UUID companyId, UUID userId, MembershipRole role) {
        access.requireAdmin(companyId);
        lockCompany(companyId);
        Membership membership = find(companyId, userId);
        AppUser member = em.find(AppUser.class, userId);
        if (membership.role != role) {
            if (membership.role == MembershipRole.ADMIN && adminCount(companyId) == 1) {
                throw new ProblemException(AccountProblem.LAST_ADMIN,
                        member.displayName() + " is the company's only admin. Make someone else an admin first.");
            }
            MembershipRole previous = membership.role;
            membership.role = role;
            access.forget();
            audit.record(currentUser.get(), companyId, "MEMBERSHIP", userId, "MEMBER_ROLE_CHANGED",
                    "Changed " + member.email + " from " + previous + " to " + role);
            em.flush();
        }
        return view(membership, member, true, adminCount(companyId));
    }

    /**
     * Admins remove anyone; a member may remove themselves (leave). The last admin always stays. Nobody removed keeps a
     * right on the company's subscriptions: those the removed person administers pass to the admin who removes them;
     * someone leaving by themselves while administering subscriptions is refused (409, naming them) until they have
     * transferred the admin right — or a company admin removes them and takes the subscriptions over.
     */
    public void remove(UUID companyId, UUID userId) {
        boolean self = userId.equals(currentUser.id());
        if (self) {
            access.requireMember(companyId);
        } else {
            access.requireAdmin(companyId);
        }
        lockCompany(companyId);
        Membership membership = find(companyId, userId);
        AppUser member = em.find(AppUser.class, userId);
        if (membership.role == MembershipRole.ADMIN && adminCount(companyId) == 1) {
            throw new ProblemException(AccountProblem.LAST_ADMIN,
                    member.displayName() + " is the company's only admin and cannot be removed. "
                            + "Make someone else an admin first.");
        }
        List<String> passed;
        if (self) {
            List<String> administered = subscriptions.administeredBy(companyId, member);
            if (!administered.isEmpty()) {
                throw new ProblemException(AccountProblem.ADMINISTERS_SUBSCRIPTIONS, "You administer "
                        + String.join(", ", administered) + " of this company. Transfer the admin right of "
                        + (administered.size() == 1 ? "it" : "each") + " to someone else first "
                        + "(POST /api/v1/subscriptions/{id}/admin-transfer), or ask a company admin to remove you: "
                        + "they then take " + (administered.size() == 1 ? "it" : "them") + " over.");
            }
            passed = List.of();
        } else {
            passed = subscriptions.passAdminRights(companyId, member, currentUser.get());
        }
        em.remove(membership);
        access.forget();
        webhooks.emit(WebhookEventType.MEMBER_REMOVED, companyId, userId, "companies/" + companyId + "/members",
                WebhookEvents.fields("userId", userId, "email", member.email));
        audit.record(currentUser.get(), companyId, "MEMBERSHIP", userId, "MEMBER_REMOVED",
                (self ? member.email + " left the company" : "Removed " + member.email + " from the company")
                        + (passed.isEmpty() ? "" : "; the admin right of " + String.join(", ", passed) + " passed to "
                        + currentUser.get().email));
    }

    private Membership find(UUID companyId, UUID userId) {
        List<Membership> found = em.createQuery(
                        "from Membership where companyId = :company and userId = :user", Membership.class)
                .setParameter("company", companyId)
                .setParameter("user", userId)
                .getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("Member " + userId);
        }
        return found.get(0);
    }

    /** Serialises role changes and removals of one company, so two admins cannot demote each other at once. */
    private void lockCompany(UUID companyId) {
        em.find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
    }

    private long adminCount(UUID companyId) {
        return em.createQuery("select count(m) from Membership m where m.companyId = :company and m.role = :admin",
                        Long.class)
                .setParameter("company", companyId)
                .setParameter("admin", MembershipRole.ADMIN)
                .getSingleResult();
    }

    private MemberView view(Membership m, AppUser u, boolean callerIsAdmin, long admins) {
        boolean lastAdmin = m.role == MembershipRole.ADMIN && admins == 1;
        boolean self = u.id.equals(currentUser.id());
        return new MemberView(u.id, u.email, u.firstName, u.lastName, m.role, m.joinedAt, self,
                new MemberView.Actions(callerIsAdmin && !lastAdmin, (callerIsAdmin || self) && !lastAdmin));
    }
}
