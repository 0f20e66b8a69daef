package dev.portico.order;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.account.CompanyKind;
import dev.portico.catalog.CatalogService.Offer;
import dev.portico.catalog.ProductType;
import dev.portico.platform.PorticoConfig;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.invoice.InvoiceDocument;
import dev.portico.platform.invoice.InvoiceNumbers;
import dev.portico.platform.invoice.InvoicePdf;
import dev.portico.platform.invoice.InvoicingConfig;
import dev.portico.platform.money.Money;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.payment.PaymentProvider;
import dev.portico.platform.payment.PaymentProvider.StoredMethod;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import dev.portico.subscription.SubscriptionService;
import dev.portico.subscription.SubscriptionStatus;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Checkout (the cart becomes a paid, fulfilled order), the order history and the order's invoice. */
@ApplicationScoped
@Transactional
public class OrderService {

    private static final String KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U
    private final SecureRandom random = new SecureRandom();

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

    /**
     * Turns the caller's cart into an order: checks, charges (credit, card, SEPA) or notes the PO number (invoice),
     * delivers every unit (a subscription pending activation, or a license key), empties the cart and mails a
     * confirmation. Any refusal leaves nothing behind: the cart stays as it was.
     */
    public OrderViews.OrderView checkout(OrderViews.Checkout request) {
        UUID companyId = request.companyId();
        carts.requireBuyer(companyId);
        if (!Boolean.TRUE.equals(request.billingDataConfirmed())) {
            throw ProblemException.invalid("billingDataConfirmed", "must be confirmed: tick that the billing data is correct");
        }
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
            throw ProblemException.invalid("payment.poNumber", "is required when paying on invoice");
        }

        CompanyInfo company = companies.find(companyId).orElseThrow();
        AppUser buyer = currentUser.get();
        Instant now = clock.instant();
        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        Number next = (Number) em.createNativeQuery("select nextval('order_number_seq')").getSingleResult();
        LocalDate today = LocalDate.ofInstant(now, company.zone()); // the buyer's day decides dates and years, not UTC's
        order.number = String.format("ORD-%d-%06d", today.getYear(), next.longValue());
        order.companyId = companyId;
        order.placedBy = buyer.id;
        order.placedAt = now;
        order.currency = currency;
        order.netMinor = cart.netMinor();
        order.taxMinor = cart.taxMinor();
        order.totalMinor = cart.totalMinor();
        order.paymentMethod = payment.method();
        order.poNumber = payment.poNumber();
        OrderViews.BillingData billing = request.billing();
        order.billingName = billing.name().strip();
        order.billingStreet = billing.street().strip();
        order.billingPostalCode = billing.postalCode().strip();
        order.billingCity = billing.city().strip();
        order.billingCountry = company.country();
        order.billingTaxId = billing.taxId() == null || billing.taxId().isBlank() ? null : billing.taxId().strip();
        order.invoiceDate = today;
        order.invoiceNumber = invoiceNumbers.next(today);

        switch (payment.method()) {
            case CREDIT -> {
                credit.requireCovered(companyId, order.totalMinor, currency); // fail fast, without the lock
                order.paymentDisplay = "Prepaid credit";
            }
            case CARD, SEPA_DEBIT -> {
                StoredMethod method = storedMethod(payment);
                order.paymentDisplay = method.display();
                try {
                    order.paymentReference = payments.charge(method.token(), order.totalMinor, currency, order.number);
                } catch (PaymentProvider.PaymentDeclined e) {
                    throw new ProblemException(OrderProblem.PAYMENT_DECLINED, e.getMessage());
                }
            }
            case INVOICE -> order.paymentDisplay = "Invoice (PO " + payment.poNumber() + ")";
        }
        boolean prepaid = payment.method() != PaymentChoice.INVOICE;
        order.paidAt = prepaid ? now : null;
        order.status = prepaid ? OrderStatus.PAID : OrderStatus.PLACED;
        em.persist(order);

        List<OrderItem> items = new ArrayList<>();
        int lineNo = 0;
        for (PricedCart.Line priced : cart.lines()) {
            OrderLine line = line(order, ++lineNo, priced);
            em.persist(line);
            for (int unit = 0; unit < line.quantity; unit++) {
                items.add(deliver(order, line, priced.offer(), buyer, company));
            }
        }
        order.status = OrderStatus.FULFILLED;
        order.fulfilledAt = now;
        em.createQuery("delete from CartLine where userId = :user and companyId = :company")
                .setParameter("user", buyer.id)
                .setParameter("company", companyId)
                .executeUpdate();

        audit.record(buyer, companyId, "ORDER", order.id, "ORDER_PLACED", "Placed " + order.number + " for "
                + InvoicePdf.money(order.totalMinor, currency) + ", paid by " + order.paymentDisplay + " ("
                + items.size() + " unit(s) delivered)");
        confirm(order, cart, items, buyer, company);
        em.flush();
        OrderViews.OrderView placed = view(order);
        if (payment.method() == PaymentChoice.CREDIT) {
            // Last, so that the company's credit row stays locked only for the debit and the commit: concurrent
            // checkouts queue there, and one that finds too little now rolls back everything above.
            credit.pay(companyId, order.totalMinor, currency, order.id, order.number);
        }
        return placed;
    }

    /**
     * Cancels an order while nothing it delivered is in use: every subscription still pending activation in the buying
     * company (not activated, not handed over) and no license key delivered. The subscriptions lapse without charge and
     * the money goes back the way it came (credit: a REFUND entry; card/SEPA: the provider's refund; invoice: the
     * invoice is void). Buying company admins and back office.
     */
    public OrderViews.OrderView cancel(UUID id) {
        CustomerOrder order = locked(backOffice() ? existing(id) : readable(id));
        List<OrderItem> items = items(List.of(order.id)).getOrDefault(order.id, List.of());
        Map<UUID, SubscriptionService.State> states = states(items);
        String refusal = cancelRefusal(order, items, states);
        if (refusal != null) {
            throw new ProblemException(OrderProblem.NOT_CANCELLABLE, refusal);
        }
        for (OrderItem item : items) {
            subscriptions.withdraw(item.subscriptionId, order.number);
        }
        String refund = switch (order.paymentMethod) {
            case CREDIT -> {
                credit.refund(order.companyId, order.totalMinor, order.id, order.number);
                yield "refunded to the prepaid credit";
            }
            case CARD, SEPA_DEBIT -> {
                payments.refund(order.paymentReference, order.totalMinor, order.currency);
                yield "refunded to " + order.paymentDisplay;
            }
            case INVOICE -> "invoice " + order.invoiceNumber + " is void";
        };
        order.status = OrderStatus.CANCELLED;
        order.cancelledAt = clock.instant();
        audit.record(currentUser.get(), order.companyId, "ORDER", order.id, "ORDER_CANCELLED", "Cancelled "
                + order.number + " (" + InvoicePdf.money(order.totalMinor, order.currency) + " " + refund + ")");
        AppUser buyer = em.find(AppUser.class, order.placedBy);
        outbox.enqueue("order/cancelled", buyer.email, buyer.locale, Map.of(
                "number", order.number,
                "total", InvoicePdf.money(order.totalMinor, order.currency),
                "refund", refund,
                "orderUrl", portico.publicUrl() + "/orders/" + order.id));
        em.flush();
        return view(order);
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
        carts.requireBuyer(companyId);
        Cursor after = page.after();
        var query = em.createQuery("from CustomerOrder o where o.companyId = :company"
                        + (after == null ? "" : " and (o.placedAt < :at or (o.placedAt = :at and o.id < :id))")
                        + " order by o.placedAt desc, o.id desc", CustomerOrder.class)
                .setParameter("company", companyId)
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
        List<OrderLine> lines = lines(List.of(o.id)).getOrDefault(o.id, List.of());
        InvoiceDocument document = new InvoiceDocument(o.invoiceNumber, o.invoiceDate,
                new InvoiceDocument.Party(invoicing.sellerName(), invoicing.sellerAddress(), null, invoicing.sellerTaxId()),
                new InvoiceDocument.Party(o.billingName, o.billingAddress(), o.billingCountry, o.billingTaxId),
                List.of(new InvoiceDocument.Fact("Order", o.number),
                        new InvoiceDocument.Fact("Payment", o.paymentDisplay + (o.paidAt == null ? "" : ", paid")),
                        new InvoiceDocument.Fact("PO number", o.poNumber == null ? "—" : o.poNumber)),
                lines.stream().map(l -> new InvoiceDocument.Line(l.description
                        + (l.discountBp == 0 ? "" : " (reseller discount " + Money.percent(l.discountBp) + ")"),
                        l.quantity, l.unitPriceMinor, l.netMinor)).toList(),
                o.currency, o.netMinor, lines.isEmpty() ? 0 : lines.get(0).taxRateBp, o.taxMinor, o.totalMinor);
        return new InvoiceFile(o.invoiceNumber, pdf.render(document));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderViews.LicenseKeyPage licenseKeys(UUID companyId, PageRequest page) {
        carts.requireBuyer(companyId);
        Cursor after = page.after();
        var query = em.createQuery("""
                        select i, l.description, o.number, o.placedAt from OrderItem i, OrderLine l, CustomerOrder o
                        where i.companyId = :company and i.kind = :kind and l.id = i.orderLineId and o.id = i.orderId"""
                        + (after == null ? "" : " and (o.placedAt < :at or (o.placedAt = :at and i.id < :id))")
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
        if (order == null) {
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
        if (order == null || !access.isMember(order.companyId)) {
            throw ProblemException.notFound("Order " + id);
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
                o.invoiceNumber,
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
            throw ProblemException.invalid("payment." + e.field(), e.getMessage());
        }
    }

    private StoredMethod providerMethod(OrderViews.Payment payment) {
        if (payment.method() == PaymentChoice.CARD) {
            if (payment.card() == null) {
                throw ProblemException.invalid("payment.card", "is required for a card payment");
            }
            var card = payment.card();
            return payments.tokenizeCard(new PaymentProvider.CardDetails(card.number(), card.expiryMonth(),
                    card.expiryYear(), card.holder()));
        }
        if (payment.sepa() == null) {
            throw ProblemException.invalid("payment.sepa", "is required for SEPA direct debit");
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
        line.listUnitPriceMinor = offer.unit().listMinor();
        line.discountBp = offer.unit().discountBp();
        line.unitPriceMinor = offer.unit().netMinor();
        line.taxRateBp = offer.unit().taxRateBp();
        line.netMinor = priced.price().netMinor();
        line.taxMinor = priced.price().taxMinor();
        line.totalMinor = priced.price().totalMinor();
        return line;
    }

    private OrderItem deliver(CustomerOrder order, OrderLine line, Offer offer, AppUser buyer, CompanyInfo company) {
        OrderItem item = new OrderItem();
        item.id = UUID.randomUUID();
        item.orderId = order.id;
        item.orderLineId = line.id;
        item.companyId = order.companyId;
        if (offer.type() == ProductType.SUBSCRIPTION) {
            item.kind = OrderItem.Kind.SUBSCRIPTION;
            item.subscriptionId = subscriptions.createFromOrder(new SubscriptionService.Ordered(order.companyId,
                    offer.productCode(), offer.description(), offer.licensesPerUnit(), offer.termMonths(),
                    offer.autoRenew(), buyer.email, order.number,
                    new Money(offer.unit().netPerLicenseMinor(), offer.unit().currency()), offer.unit().taxRateBp(),
                    order.poNumber));
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

    private void confirm(CustomerOrder order, PricedCart cart, List<OrderItem> items, AppUser buyer, CompanyInfo company) {
        Map<String, Object> data = new HashMap<>();
        data.put("number", order.number);
        data.put("companyName", company.name());
        data.put("lines", cart.lines().stream().map(l -> l.line().quantity + " × " + l.offer().description() + ": "
                + InvoicePdf.money(l.price().totalMinor(), order.currency)).toList());
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
}
