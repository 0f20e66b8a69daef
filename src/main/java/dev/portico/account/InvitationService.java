package dev.portico.account;

import dev.portico.platform.PorticoConfig;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.ratelimit.RateLimiter;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Invites people to a company by email, and lets them in when they sign in with that verified email.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    MailOutbox mail;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    PorticoConfig config;

    @Inject
    Clock clock;

    public InvitationView invite(UUID companyId, InvitationRequest request) {
        access.requireAdmin(companyId);
        AppUser inviter = currentUser.get();
        String email = CurrentUser.normaliseEmail(request.email());
        Company company = em.find(Company.class, companyId);

        List<AppUser> existing = em.createQuery("from AppUser where email = :email", AppUser.class)
                .setParameter("email", email)
                .getResultList();
        boolean member = !existing.isEmpty() && !em.createQuery(
                        "select 1 from Membership where companyId = :company and userId in :users", Integer.class)
                .setParameter("company", companyId)
                .setParameter("users", existing.stream().map(u -> u.id).toList())
                .getResultList().isEmpty();
        if (member) {
            throw new ProblemException(AccountProblem.ALREADY_MEMBER, email + " is already a member of " + company.name + ".");
        }
        boolean pending = !em.createQuery(
                        "select 1 from Invitation where companyId = :company and email = :email and status = :pending",
                        Integer.class)
                .setParameter("company", companyId)
                .setParameter("email", email)
                .setParameter("pending", InvitationStatus.PENDING)
                .getResultList().isEmpty();
        if (pending) {
            throw new ProblemException(AccountProblem.ALREADY_INVITED,
                    email + " already has an open invitation. Revoke it first to send a new one.");
        }
        rateLimiter.consume("invitations:" + inviter.id, config.invitations().perHour(), Duration.ofHours(1),
                "invitations");

        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.companyId = companyId;
        invitation.email = email;
        invitation.role = request.role();
        invitation.status = InvitationStatus.PENDING;
        invitation.invitedBy = inviter.id;
        invitation.invitedAt = clock.instant();
        em.persist(invitation);

        String locale = existing.isEmpty() ? company.locale : existing.get(0).locale;
        mail.enqueue("account/invitation", email, locale, Map.of(
                "companyName", company.name,
                "inviterName", inviter.displayName(),
                "role", request.role().name(),
                "email", email));
        audit.record(inviter, companyId, "INVITATION", invitation.id, "MEMBER_INVITED",
                "Invited " + email + " as " + request.role());
        return view(invitation, inviter.displayName(), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvitationView.Page list(UUID companyId, InvitationStatus status, PageRequest page) {
        access.requireAdmin(companyId);
        Cursor after = page.after();
        String jpql = "from Invitation i where i.companyId = :company"
                + (status == null ? "" : " and i.status = :status")
                + (after == null ? "" : " and (i.invitedAt, i.id) < (:afterTime, :afterId)")
                + " order by i.invitedAt desc, i.id desc";
        TypedQuery<Invitation> query = em.createQuery(jpql, Invitation.class)
                .setParameter("company", companyId)
                .setMaxResults(page.fetchSize());
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("afterTime", after.instantKey()).setParameter("afterId", after.id());
        }
        var slice = page.slice(query.getResultList(), i -> new Cursor(i.invitedAt.toString(), i.id));
        Map<UUID, String> inviterNames = names(slice.items().stream().map(i -> i.invitedBy).toList());
        var views = slice.map(i -> view(i, inviterNames.get(i.invitedBy), true));
        return new InvitationView.Page(views.items(), views.next());
    }

    public void revoke(UUID companyId, UUID invitationId) {
        access.requireAdmin(companyId);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.companyId.equals(companyId)) {
            throw ProblemException.notFound("Invitation " + invitationId);
        }
        if (invitation.status != InvitationStatus.PENDING) {
            throw new ProblemException(AccountProblem.INVITATION_CLOSED,
                    "This invitation was already " + invitation.status.name().toLowerCase() + "; there is nothing to revoke.");
        }
        invitation.status = InvitationStatus.REVOKED;
        invitation.revokedAt = clock.instant();
        audit.record(currentUser.get(), companyId, "INVITATION", invitationId, "INVITATION_REVOKED",
                "Revoked the invitation of " + invitation.email);
    }

    /**
     * The sign-in handshake: turns the open invitations for the person's verified email into memberships.
     * Rows are locked, so two parallel first requests accept each invitation once.
     */
    /** Invitations to an email that wait for its owner. */
    @ApplicationScoped
    static class OpenInvitations implements dev.portico.platform.security.SignInClaim {
        @Override
        public String pendingSql() {
            return "exists (select 1 from invitation where email = :email and status = 'PENDING')";
        }
    }

    public void acceptPendingFor(AppUser user) {
        if (!user.emailVerified) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Invitation> open = em.createNativeQuery(
                        "select * from invitation where email = :email and status = 'PENDING' for update",
                        Invitation.class)
                .setParameter("email", user.email)
                .getResultList();
        Instant now = clock.instant();
        for (Invitation invitation : open) {
            invitation.status = InvitationStatus.ACCEPTED;
            invitation.acceptedAt = now;
            invitation.acceptedBy = user.id;
            boolean alreadyMember = !em.createQuery(
                            "select 1 from Membership where companyId = :company and userId = :user", Integer.class)
                    .setParameter("company", invitation.companyId)
                    .setParameter("user", user.id)
                    .getResultList().isEmpty();
            if (!alreadyMember) {
                em.persist(Membership.of(invitation.companyId, user.id, invitation.role, now));
                access.forget();
                audit.record(user, invitation.companyId, "MEMBERSHIP", user.id, "MEMBER_JOINED",
                        user.email + " accepted the invitation and joined as " + invitation.role);
            }
        }
    }

    private Map<UUID, String> names(List<UUID> ids) {
        List<UUID> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("from AppUser where id in :ids", AppUser.class)
                .setParameter("ids", distinct)
                .getResultStream()
                .collect(Collectors.toMap(u -> u.id, AppUser::displayName, (a, b) -> a, HashMap::new));
    }

    private static InvitationView view(Invitation i, String inviterName, boolean admin) {
        return new InvitationView(i.id, i.email, i.role, i.status, i.invitedAt, inviterName, i.acceptedAt,
                new InvitationView.Actions(admin && i.status == InvitationStatus.PENDING));
    }
}
