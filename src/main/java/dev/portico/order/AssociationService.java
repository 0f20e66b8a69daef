package dev.portico.order;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.account.CompanyProvisioning;
import dev.portico.platform.PorticoConfig;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.UserSignedIn;
import dev.portico.subscription.SubscriptionService;
import dev.portico.subscription.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reseller hands a bought, not yet activated subscription to an end customer by email. The customer gets a mail;
 * when they sign in with that verified address, the subscription moves to their company (created if they have none)
 * with them as its admin, ready to activate.
 */
@ApplicationScoped
@Transactional
public class AssociationService {

    @Inject
    EntityManager em;

    @Inject
    OrderService orders;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CompanyDirectory companies;

    @Inject
    CompanyProvisioning provisioning;

    @Inject
    CurrentUser currentUser;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PorticoConfig portico;

    @Inject
    java.time.Clock clock;

    @Inject
    WebhookEvents webhooks;

    public OrderViews.ItemView associate(UUID itemId, String email) {
        OrderItem item = open(itemId);
        String normalised = CurrentUser.normaliseEmail(email);
        AppUser me = currentUser.get();
        String previous = item.associatedEmail;
        item.associatedEmail = normalised;
        item.associatedAt = clock.instant();
        item.associatedBy = me.id;
        SubscriptionService.State state = orders.states(List.of(item)).get(item.subscriptionId);
        CompanyInfo reseller = companies.find(item.companyId).orElseThrow();
        CustomerOrder order = em.find(CustomerOrder.class, item.orderId);
        OrderLine line = em.find(OrderLine.class, item.orderLineId);
        webhooks.emit(WebhookEventType.ORDER_ITEM_ASSOCIATED, item.companyId, item.id, "orders/" + item.orderId,
                WebhookEvents.fields("orderId", item.orderId, "subscriptionId", item.subscriptionId, "email", normalised));
        audit.record(me, item.companyId, "ORDER_ITEM", item.id, "SERVICE_ASSOCIATED", "Associated " + state.number()
                + " (" + line.description + ", order " + order.number + ") with " + normalised
                + (previous == null ? "" : " instead of " + previous));
        String locale = em.createQuery("select u.locale from AppUser u where u.email = :email", String.class)
                .setParameter("email", normalised).setMaxResults(1).getResultStream().findFirst()
                .orElse(reseller.locale()); // a known person's language, else the reseller's (likely the customer's)
        outbox.enqueue("order/service-associated", normalised, locale, Map.of(
                "resellerName", reseller.name(),
                "productName", line.description,
                "number", state.number(),
                "signInUrl", portico.publicUrl() + "/subscriptions/" + item.subscriptionId + "/activate"));
        em.flush();
        return OrderService.itemView(item, state);
    }

    public OrderViews.ItemView withdraw(UUID itemId) {
        OrderItem item = open(itemId);
        if (item.associatedEmail == null) {
            throw new ProblemException(OrderProblem.NOT_ASSOCIABLE, "This service is not associated with anyone.");
        }
        SubscriptionService.State state = orders.states(List.of(item)).get(item.subscriptionId);
        audit.record(currentUser.get(), item.companyId, "ORDER_ITEM", item.id, "ASSOCIATION_WITHDRAWN",
                "Withdrew the association of " + state.number() + " with " + item.associatedEmail);
        item.associatedEmail = null;
        item.associatedAt = null;
        item.associatedBy = null;
        em.flush();
        return OrderService.itemView(item, state);
    }

    /** Services associated with an email and not yet claimed. */
    @ApplicationScoped
    static class UnclaimedServices implements dev.portico.platform.security.SignInClaim {
        @Override
        public String pendingSql() {
            return "exists (select 1 from order_item where associated_email = :email and claimed_at is null)";
        }
    }

    /** Services associated with the person's verified email move to their company when they sign in. */
    void onSignIn(@Observes UserSignedIn signedIn) {
        AppUser person = signedIn.user();
        List<OrderItem> waiting = em.createQuery(
                        "from OrderItem where associatedEmail = :email and claimedAt is null", OrderItem.class)
                .setParameter("email", person.email)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (OrderItem item : waiting) {
            SubscriptionService.State state = orders.states(List.of(item)).get(item.subscriptionId);
            if (state == null || state.status() != SubscriptionStatus.PENDING_ACTIVATION
                    || !state.companyId().equals(item.companyId)) {
                continue; // activated or handed over meanwhile: nothing to claim
            }
            CompanyInfo reseller = companies.find(item.companyId).orElseThrow();
            UUID home = provisioning.homeCompanyOf(person, new CompanyProvisioning.NewCompany(
                    person.displayName(), reseller.country(), null, reseller.zone().getId()));
            subscriptions.handOver(item.subscriptionId, home, person);
            Instant now = clock.instant();
            item.claimedAt = now;
            item.claimedBy = person.id;
            webhooks.emit(WebhookEventType.ORDER_ITEM_CLAIMED, item.companyId, item.id, "orders/" + item.orderId,
                    WebhookEvents.fields("orderId", item.orderId, "subscriptionId", item.subscriptionId,
                            "customerCompanyId", home));
            audit.record(person, item.companyId, "ORDER_ITEM", item.id, "SERVICE_CLAIMED",
                    person.email + " signed in and took over " + state.number());
        }
    }

    /** An item the caller's company bought that can still be (re)associated: a subscription pending activation. */
    private OrderItem open(UUID itemId) {
        OrderItem item = em.find(OrderItem.class, itemId);
        if (item == null) {
            throw ProblemException.notFound("Order item " + itemId);
        }
        orders.readable(item.orderId); // access first, without a lock: nobody may block another company's items
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        if (!OrderService.itemView(item, orders.states(List.of(item)).get(item.subscriptionId)).actions().associate()) {
            throw new ProblemException(OrderProblem.NOT_ASSOCIABLE, item.kind == OrderItem.Kind.LICENSE_KEY
                    ? "A license key is handed over by passing on the key itself."
                    : "Only a subscription that is still pending activation and not yet claimed can be associated.");
        }
        return item;
    }
}
