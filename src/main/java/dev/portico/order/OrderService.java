package dev.portico.order;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.account.CompanyKind;
import dev.portico.catalog.CatalogService.Offer;
import dev.portico.catalog.ProductType;
import dev.portico.platform.PorticoConfig;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.billing.BillingChecks;
import dev.portico.platform.invoice.InvoiceDocument;
import dev.portico.platform.invoice.InvoiceLabel;
import dev.portico.platform.invoice.InvoiceNumbers;
import dev.portico.platform.invoice.InvoicePdf;
import dev.portico.platform.invoice.InvoicingConfig;
import dev.portico.platform.metrics.BusinessMetrics;
import dev.portico.platform.money.Money;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.payment.PaymentProvider;
import dev.portico.platform.payment.PaymentProvider.StoredMethod;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import dev.portico.subscription.SubscriptionService;
import dev.portico.subscription.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The order's transactions: the checkout's steps (reserve, record the authorisation, complete — run by
 * {@link CheckoutFlow}, which moves the money in between), cancellation with its credit note, the order history, the
 * invoice and the credit note.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    private static final String KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U
    private final SecureRandom random = new SecureRandom();

    @Inject
    BusinessMetrics metrics;

    @Inject
    BillingChecks billingChecks;

    @Inject
    EntityManager em;

    @Inject
    CartService carts;

    @Inject
    CreditLedger credit;

    @Inject
    PaymentProvider payments;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CompanyDirectory companies;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    InvoiceNumbers invoiceNumbers;

    @Inject
    InvoicingConfig invoicing;

    @Inject
    InvoicePdf pdf;

    @Inject
    MailOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    PorticoConfig portico;

    @Inject
    Clock clock;

    @Inject
    WebhookEvents webhooks;

    /**
     * Where a checkout stands after a step: its order, and what the payment provider's calls need. {@code completed} is
     * the order as the buyer sees it once the checkout is COMPLETED.
     */
    public record Reservation(UUID orderId, String number, CheckoutStage stage, String checkoutKey, int attempt,
            String paymentToken, String paymentId, long totalMinor, String currency, OrderViews.OrderView completed) {
    }

    /**
     * Starts the checkout that {@code checkoutKey} names, or finds the one it started: a retry continues that checkout,
     * whatever it sends (the key names it). A new checkout checks the cart and the billing data, prices the cart and
     * saves the order with its lines. Credit and invoice checkouts complete right here, in this one transaction (the
     * credit is debited last); a card or SEPA checkout is only RESERVED — the payment provider is called after this
     * commits, by {@link CheckoutFlow}. Any refusal leaves nothing behind: the cart stays as it was.
     */
    public Reservation reserve(OrderViews.Checkout request, String checkoutKey) {
        UUID companyId = request.companyId();
        carts.requireBuyer(companyId);
        CustomerOrder live = liveOrder(checkoutKey);
        if (live != null) {
            return reservation(live);
        }
        if (!Boolean.TRUE.equals(request.billingDataConfirmed())) {
            throw ProblemException.invalid("billingDataConfirmed", Message.of("field.billing-data-confirmed"));
        }
        CompanyInfo company = companies.find(companyId).orElseThrow();
        OrderViews.BillingData billing = request.billing();
        BillingChecks.Checked checked = billingChecks.check(company.country(), "billing.taxId", billing.taxId(),
                "billing.postalCode", billing.postalCode());
        PricedCart cart = carts.price(companyId, carts.lines(companyId, true));
        if (cart.empty()) {
            throw new ProblemException(OrderProblem.CART_EMPTY, "Your cart is empty; add something from the catalog first.");
        }
        if (!cart.allAvailable()) {
            throw new ProblemException(OrderProblem.NOT_FOR_SALE,
                    "A line of your cart is no longer for sale to your company; remove it and check out again.");
        }
        String currency = cart.currency();
        if (request.expectedTotal() != null && (request.expectedTotal().amount() != cart.totalMinor()
                || !request.expectedTotal().currency().equals(currency))) {
            throw new ProblemException(OrderProblem.CART_CHANGED, "Your cart now costs " + InvoicePdf.money(cart.totalMinor(),
                    currency) + " instead of " + InvoicePdf.money(request.expectedTotal().amount(),
                    request.expectedTotal().currency()) + ". Review it and check out again.");
        }
        OrderViews.Payment payment = request.payment();
        if (payment.method() == PaymentChoice.INVOICE && payment.poNumber() == null) {
            throw ProblemException.invalid("payment.poNumber", Message.of("field.po-number-required"));
        }

        AppUser buyer = currentUser.get();
        Instant now = clock.instant();
        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        Number next = (Number) em.createNativeQuery("select nextval('order_number_seq')").getSingleResult();
        // the buyer's day decides dates and years, not UTC's
        order.number = String.format("ORD-%d-%06d", LocalDate.ofInstant(now, company.zone()).getYear(), next.longValue());
        order.companyId = companyId;
        order.placedBy = buyer.id;
        order.placedAt = now;
        order.currency = currency;
        order.netMinor = cart.netMinor();
        order.taxMinor = cart.taxMinor();
        order.totalMinor = cart.totalMinor();
        order.paymentMethod = payment.method();
        order.poNumber = payment.poNumber();
        order.billingName = billing.name().strip();
        order.billingStreet = billing.street().strip();
        order.billingPostalCode = checked.postalCode();
        order.billingCity = billing.city().strip();
        order.billingCountry = company.country();
        order.billingTaxId = checked.taxId();
        order.checkoutKey = checkoutKey;
        order.paymentAttempt = 1 + attemptsGivenUp(checkoutKey);

        switch (payment.method()) {
            case CREDIT -> {
                credit.requireCovered(companyId, order.totalMinor, currency); // fail fast, without the lock
                order.paymentDisplay = "Prepaid credit";
            }
            case CARD, SEPA_DEBIT -> {
                StoredMethod method = storedMethod(payment);
                order.paymentDisplay = method.display();
                order.paymentToken = method.token();
            }
            case INVOICE -> order.paymentDisplay = "Invoice (PO " + payment.poNumber() + ")";
        }
        order.status = OrderStatus.PLACED;
        order.checkoutStage = CheckoutStage.RESERVED;
        em.persist(order);
        List<OrderLine> lines = new ArrayList<>();
        int lineNo = 0;
        for (PricedCart.Line priced : cart.lines()) {
            OrderLine line = line(order, ++lineNo, priced);
            em.persist(line);
            lines.add(line);
        }
        claimCheckoutKey();

        if (order.paymentMethod == PaymentChoice.CARD || order.paymentMethod == PaymentChoice.SEPA_DEBIT) {
            audit.record(buyer, companyId, "ORDER", order.id, "ORDER_RESERVED", "Reserved " + order.number + " for "
                    + InvoicePdf.money(order.totalMinor, currency) + " to be paid by " + order.paymentDisplay);
            em.flush();
            return reservation(order);
        }
        // Credit and invoice move no money outside this database: the whole checkout is this one transaction.
        fulfil(order, lines, buyer, company, null);
        Reservation completed = reservation(order);
        if (payment.method() == PaymentChoice.CREDIT) {
            // Last, so that the company's credit row stays locked only for the debit and the commit: concurrent
            // checkouts queue there, and one that finds too little now rolls back everything above.
            credit.pay(companyId, order.totalMinor, currency, order.id, order.number);
        }
        return completed;
    }

    /**
     * Notes on a reserved order that the provider holds its amount (payment id). A concurrent retry of the same checkout
     * may have noted it already: the provider gave it the same payment.
     */
    public void recordAuthorisation(UUID orderId, String paymentId) {
        CustomerOrder order = locked(em.find(CustomerOrder.class, orderId));
        if (order.checkoutStage == CheckoutStage.ABANDONED) {
            throw expired(order);
        }
        if (order.checkoutStage != CheckoutStage.RESERVED) {
            return;
        }
        order.paymentReference = paymentId;
        order.checkoutStage = CheckoutStage.AUTHORISED;
        audit.record(currentUser.actor(), order.companyId, "ORDER", order.id, "ORDER_PAYMENT_AUTHORISED",
                "The payment provider holds " + InvoicePdf.money(order.totalMinor, order.currency) + " on "
                        + order.paymentDisplay + " for " + order.number + " (payment " + paymentId + ")");
        em.flush();
    }

    /**
     * Completes an authorised order whose amount the provider captured: paid, delivered, invoiced, the cart emptied and
     * the confirmation mailed — one transaction. If it fails, the order stays AUTHORISED: a retry captures again (the
     * provider answers with the same charge) and completes it, or {@link PaymentRecoveryJob} refunds the capture.
     */
    public OrderViews.OrderView complete(UUID orderId, String chargeReference) {
        CustomerOrder order = locked(em.find(CustomerOrder.class, orderId));
        switch (order.checkoutStage) {
            case COMPLETED -> {
                return view(order); // a concurrent retry of the same checkout was first
            }
            case ABANDONED -> throw expired(order);
            case RESERVED -> throw new IllegalStateException(order.number + " is not authorised; it cannot complete");
            case AUTHORISED -> {
            }
        }
        AppUser buyer = em.find(AppUser.class, order.placedBy);
        fulfil(order, lines(List.of(order.id)).getOrDefault(order.id, List.of()), buyer,
                companies.find(order.companyId).orElseThrow(), chargeReference);
        return view(order);
    }

    /**
     * Gives up an unfinished checkout (declined, or settled by {@link PaymentRecoveryJob}): nothing was taken, or what
     * was taken went back ({@code refundReference}). The order stays for the record, never seen by the buyer; the cart
     * was never touched.
     */
    public void abandon(UUID orderId, String why, String refundReference, CurrentUser.Actor actor) {
        CustomerOrder order = locked(em.find(CustomerOrder.class, orderId));
        if (!order.checkoutStage.unfinished()) {
            return;
        }
        order.checkoutStage = CheckoutStage.ABANDONED;
        if (refundReference != null) {
            order.refundReference = refundReference;
            order.refundedAt = clock.instant();
        }
        audit.record(actor, order.companyId, "ORDER", order.id, "ORDER_ABANDONED", "Gave up the checkout of "
                + order.number + " (" + InvoicePdf.money(order.totalMinor, order.currency) + "): " + why);
        em.flush();
    }

    /** What a cancellation did, and the provider's refund it still owes (made next by {@link CheckoutFlow}). */
    public record Cancellation(OrderViews.OrderView order, boolean refundDue, String paymentId, long totalMinor,
            String currency) {
    }

    /**
     * Cancels an order while nothing it delivered is in use: every subscription still pending activation in the buying
     * company (not activated, not handed over) and no license key delivered. The subscriptions lapse without charge and
     * the money goes back the way it came: credit gets a REFUND entry in this transaction; a card or SEPA payment is
     * refunded by the provider after this commits (the order owes it until then: {@code refundDue}); a paid invoice is
     * paid back by bank transfer. A paid order's invoice is cancelled by a credit note (a new number in the invoice
     * series, negative amounts); only an unpaid invoice is void.
     * Cancelling again an order whose refund is still owed answers it again, so that the refund is retried. Buying
     * company admins and back office.
     */
    public Cancellation cancel(UUID id) {
        CustomerOrder order = locked(backOffice() ? existing(id) : readable(id));
        if (order.status == OrderStatus.CANCELLED && order.refundDue) {
            return cancellation(order);
        }
        List<OrderItem> items = items(List.of(order.id)).getOrDefault(order.id, List.of());
        Map<UUID, SubscriptionService.State> states = states(items);
        String refusal = cancelRefusal(order, items, states);
        if (refusal != null) {
            throw new ProblemException(OrderProblem.NOT_CANCELLABLE, refusal);
        }
        for (OrderItem item : items) {
            subscriptions.withdraw(item.subscriptionId, order.number);
        }
        Instant now = clock.instant();
        boolean paid = order.paidAt != null;
        if (paid) {
            // A paid invoice is never void: a credit note in the invoice series cancels it and records what is owed back
            LocalDate date = LocalDate.ofInstant(now, companies.find(order.companyId).orElseThrow().zone());
            String number = invoiceNumbers.next(date); // before either is set: the query flushes the order
            order.creditNoteDate = date;
            order.creditNoteNumber = number;
        }
        String refund = switch (order.paymentMethod) {
            case CREDIT -> {
                credit.refund(order.companyId, order.totalMinor, order.id, order.number);
                yield "refunded to the prepaid credit";
            }
            case CARD, SEPA_DEBIT -> {
                order.refundDue = true;
                yield "to be refunded to " + order.paymentDisplay;
            }
            case INVOICE -> paid ? "to be paid back by bank transfer" : "invoice " + order.invoiceNumber + " is void";
        };
        order.status = OrderStatus.CANCELLED;
        order.cancelledAt = now;
        emit(WebhookEventType.ORDER_CANCELLED, order);
        audit.record(currentUser.get(), order.companyId, "ORDER", order.id, "ORDER_CANCELLED", "Cancelled "
                + order.number + " (" + InvoicePdf.money(order.totalMinor, order.currency) + " " + refund + ")"
                + (paid ? "; credit note " + order.creditNoteNumber + " cancels invoice " + order.invoiceNumber : ""));
        AppUser buyer = em.find(AppUser.class, order.placedBy);
        Map<String, Object> mail = new HashMap<>();
        mail.put("number", order.number);
        mail.put("total", InvoicePdf.money(order.totalMinor, order.currency));
        mail.put("invoiceNumber", order.invoiceNumber);
        mail.put("creditNoteNumber", paid ? order.creditNoteNumber : "");
        mail.put("paymentDisplay", order.paymentDisplay);
        mail.put("refundToCredit", order.paymentMethod == PaymentChoice.CREDIT);
        mail.put("refundToPayment", order.refundDue);
        mail.put("refundByTransfer", order.paymentMethod == PaymentChoice.INVOICE && paid);
        mail.put("invoiceVoid", !paid);
        mail.put("orderUrl", portico.publicUrl() + "/orders/" + order.id);
        outbox.enqueue("order/cancelled", buyer.email, buyer.locale, mail);
        em.flush();
        return cancellation(order);
    }

    /** Notes the provider's refund of a cancelled order; once, however often it is reported. */
    public OrderViews.OrderView recordRefund(UUID id, String refundReference, CurrentUser.Actor actor) {
        CustomerOrder order = locked(em.find(CustomerOrder.class, id));
        if (order.refundDue) {
            order.refundDue = false;
            order.refundReference = refundReference;
            order.refundedAt = clock.instant();
            audit.record(actor, order.companyId, "ORDER", order.id, "ORDER_REFUNDED", "Refunded "
                    + InvoicePdf.money(order.totalMinor, order.currency) + " of cancelled " + order.number + " to "
                    + order.paymentDisplay + " (refund " + refundReference + ")");
            em.flush();
        }
        return view(order);
    }

    /** The order a checkout key started and that is not given up, if any. */
    private CustomerOrder liveOrder(String checkoutKey) {
        return em.createQuery("from CustomerOrder where checkoutKey = :key and checkoutStage <> :abandoned",
                        CustomerOrder.class)
                .setParameter("key", checkoutKey)
                .setParameter("abandoned", CheckoutStage.ABANDONED)
                .getResultStream().findFirst().orElse(null);
    }

    private int attemptsGivenUp(String checkoutKey) {
        return em.createQuery("select count(o) from CustomerOrder o where o.checkoutKey = :key", Long.class)
                .setParameter("key", checkoutKey)
                .getSingleResult().intValue();
    }

    /**
     * Writes the new order now, so that a concurrent request with the same checkout key (one whose idempotency claim
     * was taken over) meets the unique index and answers 409 instead of starting a second checkout.
     */
    private void claimCheckoutKey() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                        && violation.getConstraintName() != null
                        && violation.getConstraintName().contains("customer_order_live_checkout")) {
                    throw new ProblemException(dev.portico.platform.problem.CommonProblem.IDEMPOTENCY_KEY_IN_USE,
                            "This checkout is already being processed. Retry in a moment with the same Idempotency-Key.",
                            null, Map.of("Retry-After", "1"));
                }
            }
            throw e;
        }
    }

    private Reservation reservation(CustomerOrder order) {
        return new Reservation(order.id, order.number, order.checkoutStage, order.checkoutKey, order.paymentAttempt,
                order.paymentToken, order.paymentReference, order.totalMinor, order.currency,
                order.checkoutStage == CheckoutStage.COMPLETED ? view(order) : null);
    }

    private Cancellation cancellation(CustomerOrder order) {
        return new Cancellation(view(order), order.refundDue, order.paymentReference, order.totalMinor, order.currency);
    }

    private static ProblemException expired(CustomerOrder order) {
        return new ProblemException(OrderProblem.CHECKOUT_EXPIRED, "The checkout of " + order.number + " stayed "
                + "unfinished too long and was given up; whatever was taken was paid back. Check out again.");
    }

    /**
     * Pays (all but invoice), delivers every unit (a subscription pending activation, or a license key), invoices,
     * empties the ordered lines from the cart and mails a confirmation: the order is COMPLETED.
     */
    private void fulfil(CustomerOrder order, List<OrderLine> lines, AppUser buyer, CompanyInfo company,
            String chargeReference) {
        Instant now = clock.instant();
        if (order.paymentMethod != PaymentChoice.INVOICE) {
            order.status = OrderStatus.PAID;
            order.paidAt = now;
        }
        List<OrderItem> items = new ArrayList<>();
        for (OrderLine line : lines) {
            for (int unit = 0; unit < line.quantity; unit++) {
                items.add(deliver(order, line, buyer));
            }
        }
        order.status = OrderStatus.FULFILLED;
        order.fulfilledAt = now;
        metrics.countOnCommit("portico.checkouts", "payment", order.paymentMethod.name().toLowerCase(Locale.ROOT));
        LocalDate invoiceDate = LocalDate.ofInstant(now, company.zone()); // the buyer's day, not UTC's
        order.invoiceNumber = invoiceNumbers.next(invoiceDate);
        order.invoiceDate = invoiceDate;
        order.checkoutStage = CheckoutStage.COMPLETED;
        em.createQuery("delete from CartLine where userId = :user and companyId = :company and variantId in :variants")
                .setParameter("user", buyer.id)
                .setParameter("company", order.companyId)
                .setParameter("variants", lines.stream().map(l -> l.variantId).toList())
                .executeUpdate();
        webhooks.emit(WebhookEventType.ORDER_PLACED, order.companyId, order.id, "orders/" + order.id, WebhookEvents.fields(
                "number", order.number, "status", order.status.name(),
                "total", Map.of("amount", order.totalMinor, "currency", order.currency)));
        if (order.paidAt != null) {
            emit(WebhookEventType.ORDER_PAID, order);
        }
        audit.record(buyer, order.companyId, "ORDER", order.id, "ORDER_PLACED", "Placed " + order.number + " for "
                + InvoicePdf.money(order.totalMinor, order.currency) + ", paid by " + order.paymentDisplay
                + (chargeReference == null ? "" : " (charge " + chargeReference + ")") + " (" + items.size()
                + " unit(s) delivered)");
        confirm(order, lines, items, buyer, company);
        em.flush();
    }

    /** Back office records that an order paid on invoice was paid (a bank transfer arrived). */
    public OrderViews.OrderView recordPayment(UUID id, String reference) {
        CustomerOrder order = locked(existing(id));
        if (order.paymentMethod != PaymentChoice.INVOICE || order.paidAt != null || order.status == OrderStatus.CANCELLED) {
            throw new ProblemException(OrderProblem.NOT_PAYABLE, order.number + (order.status == OrderStatus.CANCELLED
                    ? " is cancelled." : order.paidAt != null ? " is paid already." : " was paid at checkout."));
        }
        order.paidAt = clock.instant();
        order.paymentReference = reference.strip();
        emit(WebhookEventType.ORDER_PAID, order);
        audit.record(currentUser.get(), order.companyId, "ORDER", order.id, "ORDER_PAYMENT_RECORDED",
                "Recorded the payment of invoice " + order.invoiceNumber + " (" + order.number + "): " + order.paymentReference);
        em.flush();
        return view(order);
    }

    /** Why the order cannot be cancelled now, or null when it can. */
    static String cancelRefusal(CustomerOrder order, List<OrderItem> items, Map<UUID, SubscriptionService.State> states) {
        if (order.status == OrderStatus.CANCELLED) {
            return order.number + " is cancelled already.";
        }
        for (OrderItem item : items) {
            if (item.kind == OrderItem.Kind.LICENSE_KEY) {
                return "A license key of " + order.number + " was delivered and cannot be taken back; contact support.";
            }
            SubscriptionService.State state = states.get(item.subscriptionId);
            if (state == null || state.status() != SubscriptionStatus.PENDING_ACTIVATION || item.claimedAt != null
                    || !state.companyId().equals(item.companyId)) {
                return (state == null ? "A subscription" : state.number()) + " of " + order.number
                        + " was activated or handed over already, so the order can no longer be cancelled.";
            }
        }
        return null;
    }

    private boolean backOffice() {
        return currentUser.hasRole(dev.portico.platform.security.Roles.BACKOFFICE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderViews.OrderPage list(UUID companyId, PageRequest page) {
        if (!backOffice()) { // back office reads any company's orders (a customer's overview)
            carts.requireBuyer(companyId);
        }
        Cursor after = page.after();
        var query = em.createQuery("from CustomerOrder o where o.companyId = :company and o.checkoutStage = :completed"
                        + (after == null ? "" : " and (o.placedAt, o.id) < (:at, :id)")
                        + " order by o.placedAt desc, o.id desc", CustomerOrder.class)
                .setParameter("company", companyId)
                .setParameter("completed", CheckoutStage.COMPLETED)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("at", after.instantKey()).setParameter("id", after.id());
        }
        var slice = page.slice(query.getResultList(), o -> new Cursor(o.placedAt.toString(), o.id));
        List<UUID> ids = slice.items().stream().map(o -> o.id).toList();
        Map<UUID, List<OrderLine>> lines = lines(ids);
        Map<UUID, List<OrderItem>> items = items(ids);
        Map<UUID, SubscriptionService.State> states = states(items.values().stream().flatMap(List::stream).toList());
        Map<UUID, String> people = names(slice.items().stream().map(o -> o.placedBy).toList());
        return new OrderViews.OrderPage(slice.items().stream().map(o -> new OrderViews.OrderSummary(o.id, o.number,
                o.status, o.placedAt, people.getOrDefault(o.placedBy, ""), new Money(o.totalMinor, o.currency),
                o.paymentMethod,
                lines.getOrDefault(o.id, List.of()).stream().map(l -> l.quantity + " × " + l.description).toList(),
                (int) items.getOrDefault(o.id, List.of()).stream()
                        .filter(i -> i.subscriptionId != null && states.containsKey(i.subscriptionId)
                                && states.get(i.subscriptionId).status() == SubscriptionStatus.PENDING_ACTIVATION)
                        .count())).toList(), slice.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderViews.OrderView get(UUID id) {
        return view(readable(id));
    }

    /** The order's invoice as a PDF: its number (for the file name) and the document. */
    public record InvoiceFile(String number, byte[] pdf) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceFile invoice(UUID id) {
        CustomerOrder o = readable(id);
        return new InvoiceFile(o.invoiceNumber, pdf.render(invoiceDocument(o)));
    }

    /** The credit note that cancelled the order's paid invoice, as a PDF; 404 when the order has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceFile creditNote(UUID id) {
        CustomerOrder o = readable(id);
        if (o.creditNoteNumber == null) {
            throw ProblemException.notFound("A credit note of " + o.number);
        }
        return new InvoiceFile(o.creditNoteNumber, pdf.render(invoiceDocument(o).creditNote(o.creditNoteNumber,
                o.creditNoteDate)));
    }

    /** The order's invoice, printed in the buying company's language (the invoice is addressed to the company). */
    private InvoiceDocument invoiceDocument(CustomerOrder o) {
        String lang = companies.find(o.companyId).map(CompanyInfo::locale).orElse("en");
        List<OrderLine> lines = lines(List.of(o.id)).getOrDefault(o.id, List.of());
        return InvoiceDocument.invoice(o.invoiceNumber, o.invoiceDate, lang,
                new InvoiceDocument.Party(invoicing.sellerName(), invoicing.sellerAddress(), null, invoicing.sellerTaxId()),
                new InvoiceDocument.Party(o.billingName, o.billingAddress(), o.billingCountry, o.billingTaxId),
                List.of(new InvoiceDocument.Fact(InvoiceLabel.ORDER, o.number),
                        new InvoiceDocument.Fact(InvoiceLabel.PAYMENT, o.paymentDisplay
                                + (o.paidAt == null ? "" : ", " + InvoiceLabel.PAID.in(lang))),
                        new InvoiceDocument.Fact(InvoiceLabel.PO_NUMBER, o.poNumber == null ? "—" : o.poNumber)),
                lines.stream().map(l -> new InvoiceDocument.Line(l.description + (l.discountBp == 0 ? ""
                                : " (" + InvoiceLabel.RESELLER_DISCOUNT.in(lang) + " " + Money.percent(l.discountBp) + ")"),
                        l.quantity, l.unitPriceMinor, l.netMinor)).toList(),
                o.currency, o.netMinor, lines.isEmpty() ? 0 : lines.get(0).taxRateBp, o.taxMinor, o.totalMinor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderViews.LicenseKeyPage licenseKeys(UUID companyId, PageRequest page) {
        carts.requireBuyer(companyId);
        Cursor after = page.after();
        var query = em.createQuery("""
                        select i, l.description, o.number, o.placedAt from OrderItem i, OrderLine l, CustomerOrder o
                        where i.companyId = :company and i.kind = :kind and l.id = i.orderLineId and o.id = i.orderId"""
                        + (after == null ? "" : " and (o.placedAt, i.id) < (:at, :id)")
                        + " order by o.placedAt desc, i.id desc", Object[].class)
                .setParameter("company", companyId)
                .setParameter("kind", OrderItem.Kind.LICENSE_KEY)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("at", after.instantKey()).setParameter("id", after.id());
        }
        var slice = page.slice(query.getResultList(), r -> new Cursor(r[3].toString(), ((OrderItem) r[0]).id));
        return new OrderViews.LicenseKeyPage(slice.items().stream().map(r -> {
            OrderItem item = (OrderItem) r[0];
            return new OrderViews.LicenseKeyView(item.id, item.licenseKey, (String) r[1], item.orderId, (String) r[2],
                    (Instant) r[3]);
        }).toList(), slice.next());
    }

    /** The order, whoever asks (back office); 404 when there is none. */
    private CustomerOrder existing(UUID id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null || order.checkoutStage != CheckoutStage.COMPLETED) {
            throw ProblemException.notFound("Order " + id);
        }
        return order;
    }

    /**
     * The order locked for a change and read fresh. Callers check access first, without a lock: otherwise anyone could
     * hold another company's order row hostage by asking for it (a lock taken before the check waits for, and then
     * blocks, the owner's own changes).
     */
    CustomerOrder locked(CustomerOrder order) {
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        return order;
    }

    /** The order if the caller administers its company; 404 otherwise (403 for plain members). */
    CustomerOrder readable(UUID id) {
        CustomerOrder order = em.find(CustomerOrder.class, id);
        if (order == null || order.checkoutStage != CheckoutStage.COMPLETED || !access.isMember(order.companyId)) {
            throw ProblemException.notFound("The order"); // no id: it may be the order of the item asked for
        }
        carts.requireBuyer(order.companyId);
        return order;
    }

    OrderViews.OrderView view(CustomerOrder o) {
        List<OrderLine> lines = lines(List.of(o.id)).getOrDefault(o.id, List.of());
        List<OrderItem> items = items(List.of(o.id)).getOrDefault(o.id, List.of());
        Map<UUID, SubscriptionService.State> states = states(items);
        Map<UUID, List<OrderItem>> byLine = items.stream().collect(Collectors.groupingBy(i -> i.orderLineId));
        String c = o.currency;
        return new OrderViews.OrderView(o.id, o.number, o.companyId, o.status, o.placedAt, o.paidAt, o.fulfilledAt,
                names(List.of(o.placedBy)).getOrDefault(o.placedBy, ""), new Money(o.netMinor, c), new Money(o.taxMinor, c),
                new Money(o.totalMinor, c), new OrderViews.PaymentView(o.paymentMethod, o.paymentDisplay, o.poNumber,
                o.paidAt != null),
                new OrderViews.BillingView(o.billingName, o.billingStreet, o.billingPostalCode, o.billingCity,
                        o.billingCountry, o.billingTaxId),
                o.invoiceNumber, o.creditNoteNumber,
                lines.stream().map(l -> new OrderViews.LineView(l.lineNo, l.productCode, ProductType.valueOf(l.productType),
                        l.description, l.quantity, l.licensesPerUnit, l.termMonths, new Money(l.listUnitPriceMinor, c),
                        l.discountBp, new Money(l.unitPriceMinor, c), l.taxRateBp, new Money(l.netMinor, c),
                        new Money(l.taxMinor, c), new Money(l.totalMinor, c),
                        byLine.getOrDefault(l.id, List.of()).stream().map(i -> itemView(i, states.get(i.subscriptionId)))
                                .toList())).toList(),
                o.cancelledAt, new OrderViews.OrderActions(cancelRefusal(o, items, states) == null));
    }

    static OrderViews.ItemView itemView(OrderItem i, SubscriptionService.State state) {
        OrderViews.AssociationView association = i.associatedEmail == null ? null : new OrderViews.AssociationView(
                i.associatedEmail, i.associatedAt, i.claimedAt == null ? "PENDING" : "CLAIMED", i.claimedAt);
        boolean open = i.kind == OrderItem.Kind.SUBSCRIPTION && i.claimedAt == null && state != null
                && state.status() == SubscriptionStatus.PENDING_ACTIVATION && state.companyId().equals(i.companyId);
        return new OrderViews.ItemView(i.id, i.kind.name(), i.subscriptionId, state == null ? null : state.number(),
                state == null ? null : state.status(), i.licenseKey, association,
                new OrderViews.ItemActions(open, open && i.associatedEmail != null));
    }

    /** The states of the items' subscriptions; a license key's (null) id simply finds nothing. */
    Map<UUID, SubscriptionService.State> states(List<OrderItem> items) {
        return new HashMap<>(subscriptions.states(
                items.stream().map(i -> i.subscriptionId).filter(java.util.Objects::nonNull).toList()));
    }

    /** The provider's stored method; a refused field is named as the checkout request names it. */
    private StoredMethod storedMethod(OrderViews.Payment payment) {
        try {
            return providerMethod(payment);
        } catch (PaymentProvider.InvalidPaymentDetails e) {
            throw ProblemException.invalid("payment." + e.field(), e.reason());
        }
    }

    private StoredMethod providerMethod(OrderViews.Payment payment) {
        if (payment.method() == PaymentChoice.CARD) {
            if (payment.card() == null) {
                throw ProblemException.invalid("payment.card", Message.of("field.card-required"));
            }
            var card = payment.card();
            return payments.tokenizeCard(new PaymentProvider.CardDetails(card.number(), card.expiryMonth(),
                    card.expiryYear(), card.holder()));
        }
        if (payment.sepa() == null) {
            throw ProblemException.invalid("payment.sepa", Message.of("field.sepa-required"));
        }
        return payments.createSepaMandate(payment.sepa().iban(), payment.sepa().accountHolder());
    }

    private static OrderLine line(CustomerOrder order, int lineNo, PricedCart.Line priced) {
        Offer offer = priced.offer();
        OrderLine line = new OrderLine();
        line.id = UUID.randomUUID();
        line.orderId = order.id;
        line.lineNo = lineNo;
        line.productId = offer.productId();
        line.variantId = offer.variantId();
        line.productCode = offer.productCode();
        line.productType = offer.type().name();
        line.description = offer.description();
        line.quantity = priced.line().quantity;
        line.licensesPerUnit = offer.licensesPerUnit();
        line.termMonths = offer.termMonths();
        line.autoRenew = offer.autoRenew();
        line.listUnitPriceMinor = offer.unit().listMinor();
        line.discountBp = offer.unit().discountBp();
        line.unitPriceMinor = offer.unit().netMinor();
        line.taxRateBp = offer.unit().taxRateBp();
        line.netMinor = priced.price().netMinor();
        line.taxMinor = priced.price().taxMinor();
        line.totalMinor = priced.price().totalMinor();
        return line;
    }

    private OrderItem deliver(CustomerOrder order, OrderLine line, AppUser buyer) {
        OrderItem item = new OrderItem();
        item.id = UUID.randomUUID();
        item.orderId = order.id;
        item.orderLineId = line.id;
        item.companyId = order.companyId;
        if (ProductType.valueOf(line.productType) == ProductType.SUBSCRIPTION) {
            item.kind = OrderItem.Kind.SUBSCRIPTION;
            item.subscriptionId = subscriptions.createFromOrder(new SubscriptionService.Ordered(order.companyId,
                    line.productCode, line.description, line.licensesPerUnit, line.termMonths, line.autoRenew,
                    buyer.email, order.number, new Money(line.unitPriceMinor / line.licensesPerUnit, order.currency),
                    line.taxRateBp, order.poNumber));
        } else {
            item.kind = OrderItem.Kind.LICENSE_KEY;
            item.licenseKey = licenseKey();
        }
        em.persist(item);
        return item;
    }

    /** 20 random Crockford base32 characters in groups of five: 100 bits, unambiguous when read aloud. */
    private String licenseKey() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                key.append('-');
            }
            key.append(KEY_ALPHABET.charAt(random.nextInt(KEY_ALPHABET.length())));
        }
        return key.toString();
    }

    private void confirm(CustomerOrder order, List<OrderLine> lines, List<OrderItem> items, AppUser buyer,
            CompanyInfo company) {
        Map<String, Object> data = new HashMap<>();
        data.put("number", order.number);
        data.put("companyName", company.name());
        data.put("lines", lines.stream().map(l -> l.quantity + " × " + l.description + ": "
                + InvoicePdf.money(l.totalMinor, order.currency)).toList());
        data.put("total", InvoicePdf.money(order.totalMinor, order.currency));
        data.put("payment", order.paymentDisplay);
        data.put("invoiceNumber", order.invoiceNumber);
        long subscriptionsBought = items.stream().filter(i -> i.kind == OrderItem.Kind.SUBSCRIPTION).count();
        data.put("subscriptionCount", subscriptionsBought);
        data.put("hasSubscriptions", subscriptionsBought > 0);
        data.put("reseller", company.kind() == CompanyKind.RESELLER);
        data.put("licenseKeys", items.stream().filter(i -> i.licenseKey != null).map(i -> i.licenseKey).toList());
        data.put("orderUrl", portico.publicUrl() + "/orders/" + order.id);
        outbox.enqueue("order/confirmation", buyer.email, buyer.locale, data);
    }

    private Map<UUID, List<OrderLine>> lines(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from OrderLine where orderId in :ids order by lineNo", OrderLine.class)
                .setParameter("ids", orderIds)
                .getResultStream().collect(Collectors.groupingBy(l -> l.orderId));
    }

    private Map<UUID, List<OrderItem>> items(List<UUID> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from OrderItem where orderId in :ids order by id", OrderItem.class)
                .setParameter("ids", orderIds)
                .getResultStream().collect(Collectors.groupingBy(i -> i.orderId));
    }

    private Map<UUID, String> names(List<UUID> userIds) {
        return em.createQuery("from AppUser where id in :ids", AppUser.class)
                .setParameter("ids", userIds)
                .getResultStream().collect(Collectors.toMap(u -> u.id, AppUser::displayName));
    }

    private void emit(WebhookEventType type, CustomerOrder order) {
        webhooks.emit(type, order.companyId, order.id, "orders/" + order.id,
                WebhookEvents.fields("number", order.number, "status", order.status.name()));
    }
}
