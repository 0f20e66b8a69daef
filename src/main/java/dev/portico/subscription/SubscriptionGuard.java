package dev.portico.subscription;

import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Who may see and act on a subscription: the admins of its company, and its own admin (by user, or by
 * verified email until they have signed in); people holding a seat on it may read it. Anyone else in the same
 * company gets 403 (the subscription is
 * no secret inside the company, but is not theirs to manage); everyone else gets 404, exactly as for a missing
 * one.
 */
@RequestScoped
public class SubscriptionGuard {

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess companies;

    @Inject
    CurrentUser currentUser;

    @Inject
    SeatHolders seatHolders;

    /** The caller's relation to one subscription. */
    public record Rights(boolean companyAdmin, boolean subscriptionAdmin, boolean seatHolder) {

        public boolean manage() {
            return companyAdmin || subscriptionAdmin;
        }

        public boolean read() {
            return manage() || seatHolder;
        }
    }

    /** Loads a subscription the caller may manage (optionally locked for update); 403 for a member, else 404. */
    public Subscription find(UUID id, boolean lock) {
        Subscription subscription = findReadable(id, lock);
        if (!rights(subscription).manage()) {
            throw ProblemException.forbidden("Only the subscription's admin (" + subscription.adminEmail
                    + ") or an admin of your company may manage " + subscription.number + ".");
        }
        return subscription;
    }

    /**
     * Loads a subscription the caller may read — also as a seat holder; 403 for another member, else 404. With
     * {@code lock}, the row is locked only once the caller is known to have access (a lock taken before the check
     * would let anyone block another company's subscription by asking for it), and the access is checked again on
     * the fresh row.
     */
    public Subscription findReadable(UUID id, boolean lock) {
        Subscription subscription = em.find(Subscription.class, id);
        if (subscription == null) {
            throw ProblemException.notFound("The subscription"); // no id: it may be the parent of the seat asked for
        }
        requireReadable(subscription);
        if (lock) {
            em.refresh(subscription, LockModeType.PESSIMISTIC_WRITE);
            requireReadable(subscription); // it may have changed hands while we waited for the lock
        }
        return subscription;
    }

    private void requireReadable(Subscription subscription) {
        if (currentUser.isIntegration()) {
            return; // vendor-wide reading within its scope (ScopeCheck); integrations manage nothing
        }
        if (!rights(subscription).read()) {
            if (companies.isMember(subscription.companyId)) {
                throw ProblemException.forbidden("Only the subscription's admin (" + subscription.adminEmail
                        + ") or an admin of your company may open and manage " + subscription.number + ".");
            }
            throw ProblemException.notFound("The subscription"); // no id: it may be the parent of the seat asked for
        }
    }

    public Rights rights(Subscription subscription) {
        if (currentUser.isIntegration()) {
            return new Rights(false, false, false);
        }
        return new Rights(companies.isAdmin(subscription.companyId), isSubscriptionAdmin(subscription),
                heldByMe().contains(subscription.id));
    }

    /** The subscriptions the caller holds a seat on, asked once per request (a list page asks for every row). */
    private java.util.Set<UUID> heldByMe;

    java.util.Set<UUID> heldByMe() {
        if (heldByMe == null) {
            heldByMe = java.util.Set.copyOf(seatHolders.subscriptionsHeldBy(currentUser.id()));
        }
        return heldByMe;
    }

    public boolean isSubscriptionAdmin(Subscription subscription) {
        AppUser me = currentUser.get();
        if (subscription.adminUserId != null) {
            return subscription.adminUserId.equals(me.id);
        }
        return me.emailVerified && subscription.adminEmail.equals(me.email);
    }
}
