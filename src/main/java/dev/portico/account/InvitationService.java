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
import dev.portico.platform.security.MembershipRole;
import jakarta.enterprise.context.ApplicationScoped;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
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

    @Inject
    WebhookEvents webhooks;

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

    /** An invitation made for another feature's purpose; {@code created} is false when an open one was reused. */
    public record Invited(UUID invitationId, boolean created) {
    }

    /** The member of the company with this (normalised) email, if there is one. No access check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<AppUser> memberWithEmail(UUID companyId, String email) {
        return em.createQuery("""
                        select u from AppUser u, Membership m
                         where m.userId = u.id and m.companyId = :company and u.email = :email
                         order by u.emailVerified desc, m.joinedAt""", AppUser.class)
                .setParameter("company", companyId)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Whether the person belongs to the company — asked of the database, for someone other than the caller too. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(UUID companyId, UUID userId) {
        return !em.createQuery("select 1 from Membership where companyId = :company and userId = :user", Integer.class)
                .setParameter("company", companyId)
                .setParameter("user", userId)
                .getResultList().isEmpty();
    }

    /**
     * Invites someone who is not a member of the company yet as a member, for a purpose another feature tells in the
     * invitation mail ({@code purpose}: the subscription whose admin they become, and where the mail's button leads).
     * Only a company admin (checked in the database). An open invitation for the address is reused (and mailed again,
     * now with the purpose); otherwise a new one counts against the caller's hourly invitation limit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invited inviteFor(UUID companyId, String email, Purpose purpose) {
        access.requireAdmin(companyId);
        AppUser inviter = currentUser.get();
        Company company = em.find(Company.class, companyId);
        if (memberWithEmail(companyId, email).isPresent()) {
            throw new ProblemException(AccountProblem.ALREADY_MEMBER, email + " is already a member of " + company.name + ".");
        }
        Invitation invitation = em.createQuery(
                        "from Invitation where companyId = :company and email = :email and status = :pending", Invitation.class)
                .setParameter("company", companyId)
                .setParameter("email", email)
                .setParameter("pending", InvitationStatus.PENDING)
                .getResultStream().findFirst().orElse(null);
        boolean created = invitation == null;
        if (created) {
            rateLimiter.consume("invitations:" + inviter.id, config.invitations().perHour(), Duration.ofHours(1),
                    "invitations");
            invitation = new Invitation();
            invitation.id = UUID.randomUUID();
            invitation.companyId = companyId;
            invitation.email = email;
            invitation.role = MembershipRole.MEMBER;
            invitation.status = InvitationStatus.PENDING;
            invitation.invitedBy = inviter.id;
            invitation.invitedAt = clock.instant();
            em.persist(invitation);
            audit.record(inviter, companyId, "INVITATION", invitation.id, "MEMBER_INVITED",
                    "Invited " + email + " as " + invitation.role + " (" + purpose.summary() + ")");
        }
        Map<String, Object> data = new HashMap<>(purpose.mail());
        data.put("companyName", company.name);
        data.put("inviterName", inviter.displayName());
        data.put("role", invitation.role.name());
        data.put("email", email);
        mail.enqueue("account/invitation", email, localeFor(email, company), data);
        return new Invited(created ? invitation.id : null, created);
    }

    /**
     * Why someone is invited, as the invitation mail tells it: {@code mail} holds {@code subscriptionNumber},
     * {@code productName} and {@code openUrl}; {@code summary} goes into the audit trail.
     */
    public record Purpose(String summary, Map<String, Object> mail) {
    }

    /** Revokes an invitation another feature made, if it is still open (it is no longer wanted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID invitationId, String why) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || invitation.status != InvitationStatus.PENDING) {
            return;
        }
        invitation.status = InvitationStatus.REVOKED;
        invitation.revokedAt = clock.instant();
        audit.record(currentUser.get(), invitation.companyId, "INVITATION", invitation.id, "INVITATION_REVOKED",
                "Revoked the invitation of " + invitation.email + " (" + why + ")");
    }

    private String localeFor(String email, Company company) {
        return em.createQuery("select u.locale from AppUser u where u.email = :email", String.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(company.locale);
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
                webhooks.emit(WebhookEventType.MEMBER_JOINED, invitation.companyId, user.id,
                        "companies/" + invitation.companyId + "/members/" + user.id,
                        WebhookEvents.fields("userId", user.id, "email", user.email, "role", invitation.role.name()));
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
