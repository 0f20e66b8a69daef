package dev.portico.order;

import dev.portico.account.CompanyDirectory;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.invoice.InvoicePdf;
import dev.portico.platform.money.Money;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Prepaid credit: an append-only ledger per company and its running balance. Every movement locks the balance row
 * first, so concurrent checkouts queue and the balance never goes below zero (a check constraint backs this up).
 */
@ApplicationScoped
@Transactional
public class CreditLedger {

    private static final String DEFAULT_CURRENCY = "EUR";

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess access;

    @Inject
    CompanyDirectory companies;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    WebhookEvents webhooks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderViews.CreditAccountView account(UUID companyId) {
        requireAdmin(companyId);
        return find(companyId)
                .map(a -> new OrderViews.CreditAccountView(companyId, true, new Money(a.balanceMinor, a.currency)))
                .orElse(new OrderViews.CreditAccountView(companyId, false, new Money(0L, DEFAULT_CURRENCY)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderViews.CreditEntryPage entries(UUID companyId, PageRequest page) {
        requireAdmin(companyId);
        Cursor after = page.after();
        var query = em.createQuery("from CreditEntry e where e.companyId = :company"
                        + (after == null ? "" : " and (e.occurredAt, e.id) < (:at, :id)")
                        + " order by e.occurredAt desc, e.id desc", CreditEntry.class)
                .setParameter("company", companyId)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("at", after.instantKey()).setParameter("id", after.id());
        }
        var slice = page.slice(query.getResultList(), e -> new Cursor(e.occurredAt.toString(), e.id));
        return new OrderViews.CreditEntryPage(slice.items().stream().map(CreditLedger::view).toList(), slice.next());
    }

    /** Back office adds money, with a reason (a bank transfer's reference, a goodwill credit). */
    public OrderViews.CreditEntryView topUp(UUID companyId, OrderViews.TopUp request) {
        if (companies.find(companyId).isEmpty()) {
            throw ProblemException.notFound("Company " + companyId);
        }
        if (request.amount().amount() == 0) {
            throw ProblemException.invalid("amount.amount", "must be more than zero");
        }
        CreditAccount account = lock(companyId, request.amount().currency());
        if (!account.currency.equals(request.amount().currency())) {
            throw ProblemException.invalid("amount.currency", "must be " + account.currency + ", the currency of the "
                    + "company's credit");
        }
        CreditEntry entry = append(account, CreditEntryKind.TOP_UP, request.amount().amount(), request.reason().strip(), null);
        audit.record(currentUser.actor(), companyId, "CREDIT", entry.id, "CREDIT_TOPPED_UP",
                "Topped up the prepaid credit by " + InvoicePdf.money(entry.amountMinor, entry.currency) + ": "
                        + entry.reason);
        return view(entry);
    }

    /** Refuses early when the balance (read without a lock) does not cover an amount; {@link #pay} decides. */
    @Transactional(Transactional.TxType.MANDATORY)
    void requireCovered(UUID companyId, long amountMinor, String currency) {
        // A scalar read: a managed entity here would be what pay() finds later, with this stale balance.
        List<Object[]> rows = em.createQuery("select a.balanceMinor, a.currency from CreditAccount a where a.companyId = :id",
                        Object[].class)
                .setParameter("id", companyId)
                .getResultList();
        long available = rows.isEmpty() || !rows.get(0)[1].equals(currency) ? 0 : (Long) rows.get(0)[0];
        requireCovered(available, amountMinor, currency);
    }

    /** Takes the price of an order from the balance, or refuses saying what is needed and what is available. */
    @Transactional(Transactional.TxType.MANDATORY)
    CreditEntry pay(UUID companyId, long amountMinor, String currency, UUID orderId, String orderNumber) {
        CreditAccount account = locked(companyId);
        requireCovered(account == null || !account.currency.equals(currency) ? 0 : account.balanceMinor, amountMinor,
                currency);
        return amountMinor == 0 ? null : append(account, CreditEntryKind.PURCHASE, -amountMinor, "Order " + orderNumber, orderId);
    }

    private static void requireCovered(long available, long amountMinor, String currency) {
        if (available < amountMinor) {
            String needed = InvoicePdf.money(amountMinor, currency);
            String has = InvoicePdf.money(available, currency);
            throw new ProblemException(OrderProblem.INSUFFICIENT_CREDIT,
                    "This order costs " + needed + " and your prepaid credit is " + has + ": "
                            + InvoicePdf.money(amountMinor - available, currency) + " more is needed. Choose another "
                            + "payment method or ask us to top up your credit.",
                    List.of(new FieldError("payment.method", "needs " + needed + ", " + has + " available")), Map.of());
        }
    }

    /** Gives an order's price back (its cancellation). */
    @Transactional(Transactional.TxType.MANDATORY)
    CreditEntry refund(UUID companyId, long amountMinor, UUID orderId, String orderNumber) {
        CreditAccount account = locked(companyId);
        return amountMinor == 0 ? null
                : append(account, CreditEntryKind.REFUND, amountMinor, "Cancelled order " + orderNumber, orderId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<CreditAccount> find(UUID companyId) {
        return Optional.ofNullable(em.find(CreditAccount.class, companyId));
    }

    private CreditAccount lock(UUID companyId, String currency) {
        em.createNativeQuery("""
                        insert into credit_account (company_id, currency, balance_minor, updated_at)
                        values (:company, :currency, 0, :now) on conflict (company_id) do nothing""")
                .setParameter("company", companyId)
                .setParameter("currency", currency)
                .setParameter("now", clock.instant())
                .executeUpdate();
        return locked(companyId);
    }

    /**
     * The account row locked and read fresh from the database. (A plain find with a lock mode would only upgrade the
     * lock of an entity already in the persistence context and keep its stale balance: lost updates.)
     */
    private CreditAccount locked(UUID companyId) {
        CreditAccount account = em.find(CreditAccount.class, companyId);
        if (account != null) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        }
        return account;
    }

    private CreditEntry append(CreditAccount account, CreditEntryKind kind, long amountMinor, String reason, UUID orderId) {
        CurrentUser.Actor actor = currentUser.actor();
        account.balanceMinor += amountMinor;
        account.updatedAt = clock.instant();
        CreditEntry entry = new CreditEntry();
        entry.id = UUID.randomUUID();
        entry.companyId = account.companyId;
        entry.occurredAt = account.updatedAt;
        entry.kind = kind;
        entry.amountMinor = amountMinor;
        entry.balanceAfterMinor = account.balanceMinor;
        entry.currency = account.currency;
        entry.reason = reason;
        entry.orderId = orderId;
        entry.actorId = actor.userId();
        entry.actorName = actor.name();
        em.persist(entry);
        if (kind == CreditEntryKind.TOP_UP || kind == CreditEntryKind.PURCHASE) {
            webhooks.emit(kind == CreditEntryKind.TOP_UP ? WebhookEventType.CREDIT_TOPPED_UP : WebhookEventType.CREDIT_DEBITED,
                    entry.companyId, entry.id, "credit-accounts/" + entry.companyId + "/entries", WebhookEvents.fields(
                            "amount", Map.of("amount", Math.abs(amountMinor), "currency", entry.currency),
                            "balance", Map.of("amount", entry.balanceAfterMinor, "currency", entry.currency),
                            "orderId", orderId));
        }
        em.flush();
        return entry;
    }

    private void requireAdmin(UUID companyId) {
        if (currentUser.hasRole(dev.portico.platform.security.Roles.BACKOFFICE)) {
            return; // back office reads any company's credit (a customer's overview)
        }
        access.requireMember(companyId);
        if (!access.isAdmin(companyId)) {
            throw ProblemException.forbidden("Only the company's admins see its prepaid credit.");
        }
    }

    private static OrderViews.CreditEntryView view(CreditEntry e) {
        return new OrderViews.CreditEntryView(e.id, e.occurredAt, e.kind, e.amountMinor, e.currency,
                new Money(e.balanceAfterMinor, e.currency), e.reason, e.orderId, e.actorName);
    }
}
