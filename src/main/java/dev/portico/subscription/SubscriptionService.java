package dev.portico.subscription;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.account.InvitationService;
import dev.portico.platform.PorticoConfig;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.invoice.InvoicePdf;
import dev.portico.platform.money.Money;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import dev.portico.platform.security.UserSignedIn;
import dev.portico.subscription.SubscriptionLifecycle.Decision;
import dev.portico.subscription.SubscriptionLifecycle.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The subscription lifecycle as people drive it: creation, activation, PO number, cancellation. */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    static final Set<SubscriptionStatus> HIDDEN_BY_DEFAULT = EnumSet.of(SubscriptionStatus.LAPSED, SubscriptionStatus.ENDED);

    @Inject
    EntityManager em;

    @Inject
    SubscriptionGuard guard;

    @Inject
    SeatHolders seatHolders;

    @Inject
    CompanyAccess companyAccess;

    @Inject
    CompanyDirectory companies;

    @Inject
    InvitationService invitations;

    @Inject
    CurrentUser currentUser;

    @Inject
    AgreementService agreements;

    @Inject
    SubscriptionMails mails;

    @Inject
    Invoicing invoicing;

    @Inject
    jakarta.enterprise.event.Event<SubscriptionActivated> activated;

    @Inject
    dev.portico.platform.payment.PaymentProvider payments;

    @Inject
    InvoicePdf invoicePdf;

    @Inject
    AuditTrail audit;

    @Inject
    SubscriptionConfig config;

    @Inject
    PorticoConfig portico;

    @Inject
    Clock clock;

    @Inject
    WebhookEvents webhooks;

    /** A subscription view with its version (for the ETag). */
    public record Versioned(SubscriptionView subscription, long version) {
    }

    /** List filters. */
    public record Filter(UUID companyId, List<SubscriptionStatus> statuses, String productCode, String text) {
    }

    public Versioned create(SubscriptionCreate request) {
        CompanyInfo company = companies.find(request.companyId())
                .orElseThrow(() -> ProblemException.invalid("companyId", "is not a company Portico knows"));
        Instant now = clock.instant();
        Number next = (Number) em.createNativeQuery("select nextval('subscription_number_seq')").getSingleResult();

        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.number = String.format("SUB-%06d", next.longValue());
        s.companyId = company.id();
        s.productCode = request.productCode();
        s.productName = request.productName().strip();
        s.licenseQuantity = request.licenseQuantity();
        s.termMonths = request.termMonths() == null ? 12 : request.termMonths();
        s.autoRenew = request.autoRenew();
        s.poNumber = request.poNumber();
        s.adminEmail = CurrentUser.normaliseEmail(request.adminEmail());
        s.adminUserId = verifiedUserWithEmail(s.adminEmail);
        s.orderReference = request.orderReference();
        s.unitPriceMinor = request.unitPrice() == null ? 0 : request.unitPrice().amount();
        s.currency = request.unitPrice() == null ? "EUR" : request.unitPrice().currency();
        s.taxRateBp = request.taxRateBasisPoints() == null ? 0 : request.taxRateBasisPoints();
        s.orderedAt = now;
        s.activationDeadline = now.atZone(company.zone()).toLocalDate().plusDays(config.activationWindowDays());
        s.status = SubscriptionStatus.PENDING_ACTIVATION;
        s.createdAt = now;
        s.updatedAt = now;
        em.persist(s);
        if (s.poNumber != null) {
            recordPoNumber(s, null);
        }

        CurrentUser.Actor actor = currentUser.actor();
        emit(WebhookEventType.SUBSCRIPTION_CREATED, s, "productCode", s.productCode, "quantity", s.licenseQuantity,
                "status", s.status, "orderReference", s.orderReference);
        audit.record(actor.userId(), actor.name(), s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_CREATED",
                "Created " + s.number + " (" + s.productName + ", " + s.licenseQuantity + " licenses) with admin "
                        + s.adminEmail);
        mails.send(s, company, "activation-request", Map.of(
                "activationUrl", portico.publicUrl() + "/subscriptions/" + s.id + "/activate"));
        em.flush();
        return versioned(s);
    }

    /** A subscription an order delivers: its first term was charged with the order (no invoice at activation). */
    public record Ordered(UUID companyId, String productCode, String productName, int licenseQuantity, int termMonths,
            boolean autoRenew, String adminEmail, String orderNumber, Money unitPrice, int taxRateBasisPoints,
            String poNumber) {
    }

    /** Where a subscription stands, for the order that delivered it. */
    public record State(UUID id, String number, UUID companyId, SubscriptionStatus status) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID createFromOrder(Ordered order) {
        UUID id = create(new SubscriptionCreate(order.companyId(), order.productCode(), order.productName(),
                order.licenseQuantity(), order.termMonths(), order.autoRenew(), order.poNumber(), order.adminEmail(),
                order.orderNumber(), order.unitPrice(), order.taxRateBasisPoints())).subscription().id();
        em.find(Subscription.class, id).firstTermPrepaid = true;
        return id;
    }

    /** The states of subscriptions by id, without an access check: callers show them for an order they may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, State> states(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Subscription where id in :ids", Subscription.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.id, s -> new State(s.id, s.number, s.companyId, s.status)));
    }

    /**
     * Withdraws a subscription still pending activation because its order was cancelled: it lapses without charge
     * (kept for audit, hidden from normal lists). A system action: the order checked who may cancel.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID id, String orderNumber) {
        Subscription s = em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        requireAllowed(s, Transition.LAPSE);
        s.status = SubscriptionStatus.LAPSED;
        s.updatedAt = clock.instant();
        CurrentUser.Actor actor = currentUser.actor();
        audit.record(actor.userId(), actor.name(), s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_WITHDRAWN",
                s.number + " was withdrawn with the cancellation of order " + orderNumber + ", without charge");
    }

    /**
     * Hands a subscription that is still pending activation to another company with a new admin — the end customer a
     * reseller associated it with, when they sign in. A system action: the caller proved the association.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void handOver(UUID id, UUID companyId, AppUser admin) {
        Subscription s = em.find(Subscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s.status != SubscriptionStatus.PENDING_ACTIVATION) {
            throw new ProblemException(SubscriptionProblem.NOT_MANAGEABLE, s.number + " is " + s.status
                    + "; only a subscription pending activation can be handed over.");
        }
        UUID previousCompany = s.companyId;
        s.companyId = companyId;
        s.adminEmail = admin.email;
        s.adminUserId = admin.id;
        s.updatedAt = clock.instant();
        String summary = "Handed " + s.number + " over to " + admin.email + " (associated by the reseller)";
        audit.record(admin, previousCompany, "SUBSCRIPTION", s.id, "SUBSCRIPTION_HANDED_OVER", summary);
        audit.record(admin, companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_HANDED_OVER", summary);
        em.flush();
    }

    /** A person sees the subscriptions of companies they administer, those they administer and those they hold a seat on. */
    private void personalVisibility(List<String> visibility, Map<String, Object> params) {
        AppUser me = currentUser.get();
        List<UUID> adminOf = companyAccess.adminCompanyIds();
        if (!adminOf.isEmpty()) {
            visibility.add("s.companyId in :adminOf");
            params.put("adminOf", adminOf);
        }
        visibility.add("s.adminUserId = :me");
        params.put("me", me.id);
        List<UUID> held = List.copyOf(guard.heldByMe());
        if (!held.isEmpty()) {
            visibility.add("s.id in :held");
            params.put("held", held);
        }
        if (me.emailVerified) {
            visibility.add("(s.adminUserId is null and s.adminEmail = :email)");
            params.put("email", me.email);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionView.Page list(Filter filter, PageRequest page) {
        List<String> visibility = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        // integrations (within their scope) and back office (a customer's overview) read vendor-wide, one company at a time
        boolean vendorWide = currentUser.isIntegration() || currentUser.hasRole(dev.portico.platform.security.Roles.BACKOFFICE);
        if (vendorWide) {
            if (filter.companyId() == null) {
                throw ProblemException.invalid("companyId", "is required when an integration asks");
            }
            visibility.add("1 = 1");
        } else {
            personalVisibility(visibility, params);
        }
        StringBuilder jpql = new StringBuilder("from Subscription s where (")
                .append(String.join(" or ", visibility)).append(")");
        if (filter.companyId() != null) {
            if (!vendorWide) {
                companyAccess.requireMember(filter.companyId());
            }
            jpql.append(" and s.companyId = :company");
            params.put("company", filter.companyId());
        }
        if (filter.statuses() == null || filter.statuses().isEmpty()) {
            jpql.append(" and s.status not in :hidden");
            params.put("hidden", HIDDEN_BY_DEFAULT);
        } else {
            jpql.append(" and s.status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.productCode() != null && !filter.productCode().isBlank()) {
            jpql.append(" and s.productCode = :product");
            params.put("product", filter.productCode().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (lower(s.number) like :text or lower(s.poNumber) like :text)");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String sortKey = "coalesce(s.nextRenewalDate, s.activationDeadline)";
        Cursor after = page.after();
        if (after != null) {
            // a row comparison: PostgreSQL starts the index scan at the cursor instead of filtering up to it
            jpql.append(" and (").append(sortKey).append(", s.id) > (:afterDate, :afterId)");
            params.put("afterDate", parseDate(after.key()));
            params.put("afterId", after.id());
        }
        jpql.append(" order by ").append(sortKey).append(", s.id");
        TypedQuery<Subscription> query = em.createQuery(jpql.toString(), Subscription.class)
                .setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        var slice = page.slice(query.getResultList(), s -> new Cursor(
                (s.nextRenewalDate != null ? s.nextRenewalDate : s.activationDeadline).toString(), s.id));

        Map<UUID, CompanyInfo> companyInfo = companies.find(slice.items().stream().map(s -> s.companyId).distinct().toList());
        Map<UUID, AppUser> admins = users(slice.items().stream().map(s -> s.adminUserId).toList());
        Set<UUID> activated = slice.items().stream().filter(s -> s.activatedAt != null).map(s -> s.id)
                .collect(Collectors.toSet());
        Map<UUID, SubscriptionView.PendingAdminTransfer> transfers =
                pendingTransfers(slice.items().stream().map(s -> s.id).toList());
        var views = slice.map(s -> view(s, companyInfo.get(s.companyId), admins.get(s.adminUserId),
                activated.contains(s.id), transfers.get(s.id)));
        return new SubscriptionView.Page(views.items(), views.next());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(UUID id) {
        return versioned(guard.findReadable(id, false));
    }

    /**
     * Activates a pending subscription: only its admin, only within the activation window, only with the
     * agreement version that is current. Every refusal happens before anything is written, except the lapse
     * of an overdue subscription, which is meant to be kept — hence no rollback for problems.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public Versioned activate(UUID id, AgreementViews.ActivationRequest request, String clientIp) {
        Subscription s = guard.find(id, true);
        if (!guard.isSubscriptionAdmin(s)) {
            throw new ProblemException(SubscriptionProblem.NOT_SUBSCRIPTION_ADMIN,
                    "Only the subscription's admin (" + s.adminEmail + ") may accept the agreement and activate it. "
                            + "The admin can transfer this right once the subscription is active.");
        }
        requireAllowed(s, Transition.ACTIVATE);
        CompanyInfo company = companies.find(s.companyId).orElseThrow();
        LocalDate today = today(company);
        if (today.isAfter(s.activationDeadline)) {
            lapse(s, company);
            throw new ProblemException(SubscriptionProblem.ACTIVATION_WINDOW_CLOSED,
                    "The activation window closed on " + s.activationDeadline + ". The subscription has lapsed without "
                            + "any charge; please place a new order.");
        }
        Agreement current = agreements.currentOrFail(s.productCode, request.language());
        if (current.version != request.agreementVersion()) {
            throw new ProblemException(SubscriptionProblem.AGREEMENT_CHANGED,
                    "The agreement changed — read it again. Version " + current.version + " (" + current.language
                            + ") is current; you sent version " + request.agreementVersion() + ".");
        }
        AppUser me = currentUser.get();
        Instant now = clock.instant();
        s.status = SubscriptionStatus.ACTIVE;
        s.adminUserId = me.id;
        s.activatedAt = now;
        s.termStart = today;
        s.termEnd = today.plusMonths(s.termMonths).minusDays(1);
        s.nextRenewalDate = s.termEnd.plusDays(1);
        s.updatedAt = now;

        AgreementAcceptance acceptance = new AgreementAcceptance();
        acceptance.id = UUID.randomUUID();
        acceptance.subscriptionId = s.id;
        acceptance.agreementId = current.id;
        acceptance.version = current.version;
        acceptance.sha256 = current.sha256;
        acceptance.acceptedBy = me.id;
        acceptance.acceptedAt = now;
        acceptance.clientIp = clientIp;
        em.persist(acceptance);
        if (!s.firstTermPrepaid) {
            invoicing.issue(s, company);
        }
        activated.fire(new SubscriptionActivated(s.id, s.companyId, me.id, me.email, today, s.termEnd, s.autoRenew));

        emit(WebhookEventType.SUBSCRIPTION_ACTIVATED, s, "status", s.status, "termStart", s.termStart, "termEnd", s.termEnd);
        audit.record(me, s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_ACTIVATED",
                "Activated " + s.number + ", accepting agreement version " + current.version + " (" + current.language
                        + ", SHA-256 " + current.sha256.substring(0, 12) + "…)");
        mails.send(s, company, "activated", Map.of());
        em.flush();
        return versioned(s);
    }

    /**
     * The subscription for managing its seats: the caller must be its admin or a company admin (403 for a plain
     * member of the company, 404 for anyone else). With {@code lock}, the row is locked until the transaction
     * ends, which serialises every seat change of one subscription.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SeatContext forSeatManagement(UUID id, boolean lock) {
        return context(guard.find(id, lock));
    }

    /** For reading seats: those who manage the subscription, and integrations (vendor-wide, within their scope). */
    public SeatContext forSeatReading(UUID id) {
        return context(currentUser.isIntegration() ? guard.findReadable(id, false) : guard.find(id, false));
    }

    /** The same without an access check, for jobs and the sign-in handshake. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SeatContext forSystem(UUID id) {
        return context(em.find(Subscription.class, id));
    }

    private SeatContext context(Subscription s) {
        CompanyInfo company = companies.find(s.companyId).orElseThrow();
        return new SeatContext(s.id, s.number, s.companyId, company.name(), company.locale(), company.zone(),
                s.productCode, s.productName, s.licenseQuantity, s.status, s.termStart, s.termEnd, s.autoRenew);
    }

    /** The agreement the admin should read now, in their language if it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement agreementToAccept(UUID id, String language) {
        Subscription s = guard.findReadable(id, false);
        return agreements.currentOrFail(s.productCode, language);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementViews.AcceptedAgreementView acceptedAgreement(UUID id) {
        Subscription s = guard.findReadable(id, false);
        List<AgreementAcceptance> found = em.createQuery("from AgreementAcceptance where subscriptionId = :id",
                        AgreementAcceptance.class)
                .setParameter("id", s.id)
                .getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("An accepted agreement of " + s.number);
        }
        AgreementAcceptance acceptance = found.get(0);
        Agreement agreement = em.find(Agreement.class, acceptance.agreementId);
        AppUser by = em.find(AppUser.class, acceptance.acceptedBy);
        return new AgreementViews.AcceptedAgreementView(AgreementViews.AgreementView.of(agreement),
                acceptance.acceptedAt, by == null ? null : by.displayName());
    }

    public Versioned changePoNumber(UUID id, String poNumber, String ifMatch) {
        Subscription s = manageable(id);
        EntityTags.requireMatch(ifMatch, s.version);
        if (!poNumber.equals(s.poNumber)) {
            String previous = s.poNumber;
            s.poNumber = poNumber;
            s.updatedAt = clock.instant();
            recordPoNumber(s, currentUser.get().id);
            emit(WebhookEventType.SUBSCRIPTION_PO_NUMBER_CHANGED, s, "poNumber", s.poNumber);
            audit.record(currentUser.get(), s.companyId, "SUBSCRIPTION", s.id, "PO_NUMBER_CHANGED",
                    "Changed the PO number of " + s.number + " from " + (previous == null ? "none" : previous) + " to "
                            + poNumber);
            mails.send(s, companies.find(s.companyId).orElseThrow(), "po-number-changed",
                    Map.of("previousPoNumber", previous == null ? "—" : previous));
            em.flush();
        }
        return versioned(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgreementViews.PoNumberEntry> poNumberHistory(UUID id) {
        Subscription s = guard.find(id, false);
        List<PoNumberChange> changes = em.createQuery(
                        "from PoNumberChange where subscriptionId = :id order by changedAt desc, id desc", PoNumberChange.class)
                .setParameter("id", s.id)
                .getResultList();
        Map<UUID, AppUser> by = users(changes.stream().map(c -> c.changedBy).toList());
        return changes.stream().map(c -> new AgreementViews.PoNumberEntry(c.poNumber, c.changedAt,
                by.containsKey(c.changedBy) ? by.get(c.changedBy).displayName() : null)).toList();
    }

    /** Card and SEPA go through the payment provider; Portico keeps its token and the display text only. */
    public Versioned changePaymentMethod(UUID id, ManageRequests.PaymentMethodChange request) {
        Subscription s = manageable(id);
        dev.portico.platform.payment.PaymentProvider.StoredMethod stored = switch (request.type()) {
            case CARD -> {
                if (request.card() == null) {
                    throw ProblemException.invalid("card", Message.of("field.card-required"));
                }
                ManageRequests.Card card = request.card();
                yield payments.tokenizeCard(new dev.portico.platform.payment.PaymentProvider.CardDetails(
                        card.number(), card.expiryMonth(), card.expiryYear(), card.holder()));
            }
            case SEPA_DEBIT -> {
                if (request.sepa() == null) {
                    throw ProblemException.invalid("sepa", Message.of("field.sepa-required"));
                }
                yield payments.createSepaMandate(request.sepa().iban(), request.sepa().accountHolder());
            }
            case INVOICE -> new dev.portico.platform.payment.PaymentProvider.StoredMethod(null,
                    "Invoice" + (s.poNumber == null ? "" : " (PO " + s.poNumber + ")"));
        };
        s.paymentMethodType = request.type();
        s.paymentToken = stored.token();
        s.paymentMethodDisplay = stored.display();
        s.updatedAt = clock.instant();
        emit(WebhookEventType.SUBSCRIPTION_PAYMENT_METHOD_CHANGED, s, "paymentMethod", s.paymentMethodType);
        audit.record(currentUser.get(), s.companyId, "SUBSCRIPTION", s.id, "PAYMENT_METHOD_CHANGED",
                "Changed the payment method of " + s.number + " to " + stored.display());
        mails.send(s, companies.find(s.companyId).orElseThrow(), "payment-method-changed",
                Map.of("paymentMethod", stored.display()));
        em.flush();
        return versioned(s);
    }

    /**
     * Hands the admin right to someone else. A member of the company becomes the admin at once. Anyone else is invited
     * into the company (only a company admin may do that) and becomes the admin when they sign in with that verified
     * address; until then the transfer is pending and the current admin stays admin. A second transfer replaces a pending
     * one; asking again for the pending address changes nothing. There is exactly one admin at every moment.
     */
    public Versioned transferAdmin(UUID id, ManageRequests.AdminTransfer request) {
        Subscription s = manageable(id);
        String email = CurrentUser.normaliseEmail(request.email());
        if (email.equals(s.adminEmail)) {
            throw ProblemException.invalid("email", "is already the subscription's admin");
        }
        AdminTransfer pending = pendingTransfer(s.id);
        if (pending != null && pending.email.equals(email)) {
            return versioned(s); // a replay: the invitation is out already
        }
        AppUser me = currentUser.get();
        CompanyInfo company = companies.find(s.companyId).orElseThrow();
        Optional<AppUser> member = invitations.memberWithEmail(s.companyId, email);
        if (member.isEmpty() && !companyAccess.isAdmin(s.companyId)) {
            throw new ProblemException(SubscriptionProblem.INVITING_NEEDS_COMPANY_ADMIN,
                    email + " is not a member of " + company.name() + ". Only a company admin may invite someone new; "
                            + "choose a member, or ask a company admin to make the transfer.");
        }
        if (pending != null) {
            close(pending, AdminTransfer.Status.REPLACED, me, "replaced by a transfer to " + email);
        }
        if (member.isPresent()) {
            handAdminRight(s, company, member.get(), me.displayName(),
                    "Transferred the admin right of " + s.number + " from " + s.adminEmail + " to " + email);
        } else {
            InvitationService.Invited invited = invitations.inviteFor(s.companyId, email, new InvitationService.Purpose(
                    "to become the admin of " + s.number,
                    Map.of("subscriptionNumber", s.number, "productName", s.productName,
                            "openUrl", portico.publicUrl() + "/subscriptions/" + s.id)));
            AdminTransfer transfer = new AdminTransfer();
            transfer.id = UUID.randomUUID();
            transfer.subscriptionId = s.id;
            transfer.companyId = s.companyId;
            transfer.email = email;
            transfer.invitationId = invited.invitationId();
            transfer.status = AdminTransfer.Status.PENDING;
            transfer.requestedBy = me.id;
            transfer.requestedAt = clock.instant();
            em.persist(transfer);
            s.updatedAt = transfer.requestedAt; // it shows the pending transfer: a new version (ETag)
            audit.record(me, s.companyId, "SUBSCRIPTION", s.id, "ADMIN_TRANSFER_REQUESTED",
                    "Invited " + email + " to become the admin of " + s.number + "; " + s.adminEmail
                            + " stays admin until they sign in");
        }
        em.flush();
        return versioned(s);
    }

    /** Withdraws a pending admin transfer, and the invitation it made if still open. Nothing pending: nothing to do. */
    public Versioned withdrawAdminTransfer(UUID id) {
        Subscription s = manageable(id);
        AdminTransfer pending = pendingTransfer(s.id);
        if (pending != null) {
            close(pending, AdminTransfer.Status.WITHDRAWN, currentUser.get(), "withdrawn");
            s.updatedAt = clock.instant();
            audit.record(currentUser.get(), s.companyId, "SUBSCRIPTION", s.id, "ADMIN_TRANSFER_WITHDRAWN",
                    "Withdrew the transfer of the admin right of " + s.number + " to " + pending.email);
            em.flush();
        }
        return versioned(s);
    }

    /** Admin rights handed to an address that has not signed in since (see {@link #onSignIn}). */
    @jakarta.enterprise.context.ApplicationScoped
    static class PendingAdminTransfers implements dev.portico.platform.security.SignInClaim {
        @Override
        public String pendingSql() {
            return "exists (select 1 from admin_transfer where email = :email and status = 'PENDING')";
        }
    }

    /**
     * The sign-in handshake (after the person's invitations were accepted): pending transfers to their verified email
     * complete once they belong to the company. Each subscription is locked before its transfer is read again, in the
     * same order as a transfer request, so a parallel request and sign-in neither deadlock nor complete it twice.
     */
    void onSignIn(@Observes UserSignedIn signedIn) {
        AppUser person = signedIn.user();
        List<UUID> waiting = em.createQuery(
                        "select t.subscriptionId from AdminTransfer t where t.email = :email and t.status = :pending", UUID.class)
                .setParameter("email", person.email)
                .setParameter("pending", AdminTransfer.Status.PENDING)
                .getResultList();
        for (UUID subscriptionId : waiting) {
            Subscription s = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
            AdminTransfer transfer = pendingTransfer(subscriptionId);
            if (transfer == null || !transfer.email.equals(person.email)
                    || !invitations.isMember(transfer.companyId, person.id)) {
                continue; // withdrawn or replaced meanwhile, or the invitation was revoked: it stays as it is
            }
            transfer.close(AdminTransfer.Status.COMPLETED, person.id, clock.instant());
            AppUser requester = em.find(AppUser.class, transfer.requestedBy);
            CompanyInfo company = companies.find(s.companyId).orElseThrow();
            handAdminRight(s, company, person, requester == null ? "A company admin" : requester.displayName(),
                    person.email + " signed in and took over the admin right of " + s.number + " from " + s.adminEmail
                            + ", as transferred on " + transfer.requestedAt);
        }
    }

    private void handAdminRight(Subscription s, CompanyInfo company, AppUser newAdmin, String byName, String summary) {
        String previousEmail = s.adminEmail;
        AppUser previous = s.adminUserId == null ? null : em.find(AppUser.class, s.adminUserId);
        s.adminEmail = newAdmin.email;
        s.adminUserId = newAdmin.id;
        s.updatedAt = clock.instant();
        audit.record(currentUser.get(), s.companyId, "SUBSCRIPTION", s.id, "ADMIN_TRANSFERRED", summary);
        emit(WebhookEventType.SUBSCRIPTION_ADMIN_TRANSFERRED, s, "adminUserId", s.adminUserId);
        mails.send(s, company, "admin-transfer-received", Map.of("previousAdmin", byName));
        mails.sendTo(s, company, previousEmail, previous == null ? null : previous.locale, "admin-transfer-sent",
                Map.of("newAdmin", newAdmin.email));
    }

    private AdminTransfer pendingTransfer(UUID subscriptionId) {
        return em.createQuery("from AdminTransfer where subscriptionId = :id and status = :pending", AdminTransfer.class)
                .setParameter("id", subscriptionId)
                .setParameter("pending", AdminTransfer.Status.PENDING)
                .getResultStream().findFirst().orElse(null);
    }

    private void close(AdminTransfer transfer, AdminTransfer.Status outcome, AppUser by, String why) {
        transfer.close(outcome, by.id, clock.instant());
        if (transfer.invitationId != null) {
            invitations.withdraw(transfer.invitationId, "the admin transfer it was for was " + why);
        }
    }

    /** The pending transfers of the subscriptions, with who asked for them: one query for a whole page. */
    private Map<UUID, SubscriptionView.PendingAdminTransfer> pendingTransfers(Collection<UUID> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, SubscriptionView.PendingAdminTransfer> found = new HashMap<>();
        em.createQuery("""
                        select t, u from AdminTransfer t left join AppUser u on u.id = t.requestedBy
                         where t.subscriptionId in :ids and t.status = :pending""", Object[].class)
                .setParameter("ids", subscriptionIds)
                .setParameter("pending", AdminTransfer.Status.PENDING)
                .getResultStream()
                .forEach(row -> {
                    AdminTransfer t = (AdminTransfer) row[0];
                    AppUser by = (AppUser) row[1];
                    found.put(t.subscriptionId, new SubscriptionView.PendingAdminTransfer(t.email, t.requestedAt,
                            by == null ? null : by.displayName()));
                });
        return found;
    }

    /**
     * The numbers of a company's subscriptions that a person administers — as their admin, or by their email while the
     * admin right is not claimed yet — in any status (an ended one still gives its invoices).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> administeredBy(UUID companyId, AppUser person) {
        return administered(companyId, person, false).stream().map(s -> s.number).toList();
    }

    /**
     * Passes the admin right of every subscription of the company that {@code removed} administers (as above) to
     * {@code newAdmin}, the company admin who removes them from the company: the subscriptions stay managed and the
     * removed person keeps no right on them (nor can they claim one by email later). Audited per subscription; the new
     * admin gets a mail in their language. Returns the subscriptions' numbers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> passAdminRights(UUID companyId, AppUser removed, AppUser newAdmin) {
        List<Subscription> passed = administered(companyId, removed, true);
        if (passed.isEmpty()) {
            return List.of();
        }
        CompanyInfo company = companies.find(companyId).orElseThrow();
        for (Subscription s : passed) {
            String previous = s.adminEmail;
            s.adminEmail = newAdmin.email;
            s.adminUserId = newAdmin.id;
            s.updatedAt = clock.instant();
            emit(WebhookEventType.SUBSCRIPTION_ADMIN_TRANSFERRED, s, "adminUserId", s.adminUserId);
            audit.record(newAdmin, s.companyId, "SUBSCRIPTION", s.id, "ADMIN_TRANSFERRED",
                    "Passed the admin right of " + s.number + " from " + previous + " to " + newAdmin.email + ", who removed "
                            + removed.email + " from the company");
            mails.send(s, company, "admin-taken-over", Map.of("removedMember", removed.displayName()));
        }
        em.flush();
        return passed.stream().map(s -> s.number).toList();
    }

    private List<Subscription> administered(UUID companyId, AppUser person, boolean lock) {
        return em.createQuery("""
                        from Subscription s where s.companyId = :company
                         and (s.adminUserId = :user or (s.adminUserId is null and s.adminEmail = :email))
                         order by s.number""", Subscription.class)
                .setParameter("company", companyId)
                .setParameter("user", person.id)
                .setParameter("email", person.email)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InvoiceView> invoices(UUID id) {
        Subscription s = guard.find(id, false);
        return em.createQuery("from Invoice where subscriptionId = :id order by issuedAt desc, number desc", Invoice.class)
                .setParameter("id", s.id)
                .getResultStream().map(InvoiceView::of).toList();
    }

    /** An invoice of the subscription as a PDF: its number (for the file name) and the document. */
    public record InvoiceFile(String number, byte[] pdf) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InvoiceFile invoicePdf(UUID id, UUID invoiceId) {
        Subscription s = guard.find(id, false);
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !invoice.subscriptionId.equals(s.id)) {
            throw ProblemException.notFound("Invoice " + invoiceId);
        }
        // printed in the company's language: the invoice is addressed to the company
        String language = companies.find(s.companyId).map(CompanyInfo::locale).orElse("en");
        return new InvoiceFile(invoice.number, invoicePdf.render(invoice.document(language)));
    }

    /**
     * Starts the next term of an auto-renewing subscription (and invoices it), or ends one that does not renew.
     * Called by the lifecycle job for every subscription whose renewal date has come.
     */
    void renewOrEnd(Subscription s, CompanyInfo company) {
        LocalDate today = today(company);
        while (s.nextRenewalDate != null && !today.isBefore(s.nextRenewalDate)) {
            if (s.status == SubscriptionStatus.ACTIVE && s.autoRenew) {
                requireAllowed(s, Transition.RENEW);
                s.termStart = s.nextRenewalDate;
                s.termEnd = s.termStart.plusMonths(s.termMonths).minusDays(1);
                s.nextRenewalDate = s.termEnd.plusDays(1);
                s.updatedAt = clock.instant();
                Invoice invoice = invoicing.issue(s, company);
                emit(WebhookEventType.SUBSCRIPTION_RENEWED, s, "termStart", s.termStart, "termEnd", s.termEnd);
                audit.record(null, "Portico", s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_RENEWED",
                        "Renewed " + s.number + " for " + s.termStart + " to " + s.termEnd + "; invoice " + invoice.number);
                mails.send(s, company, "renewed", Map.of("invoiceNumber", invoice.number,
                        "termStart", s.termStart.toString(), "termEnd", s.termEnd.toString()));
            } else {
                if (s.status == SubscriptionStatus.ACTIVE) {
                    s.status = SubscriptionStatus.NON_RENEWING; // not auto-renewing: it ends like a cancelled one
                }
                requireAllowed(s, Transition.END);
                LocalDate endedOn = s.nextRenewalDate;
                s.status = SubscriptionStatus.ENDED;
                s.nextRenewalDate = null;
                s.updatedAt = clock.instant();
                emit(WebhookEventType.SUBSCRIPTION_ENDED, s, "status", s.status);
                audit.record(null, "Portico", s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_ENDED",
                        s.number + " ended on " + endedOn);
                mails.send(s, company, "ended", Map.of("endedOn", endedOn.toString()));
            }
        }
    }

    public Versioned cancel(UUID id) {
        Subscription s = manageable(id);
        requireAllowed(s, Transition.CANCEL);
        s.status = SubscriptionStatus.NON_RENEWING;
        s.updatedAt = clock.instant();
        emit(WebhookEventType.SUBSCRIPTION_CANCELLATION_SCHEDULED, s, "status", s.status, "endsOn",
                s.nextRenewalDate == null ? null : s.nextRenewalDate.minusDays(1));
        audit.record(currentUser.get(), s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_CANCELLED",
                "Cancelled " + s.number + " for the next renewal on " + s.nextRenewalDate);
        // the last day of access, as the details show it (the renewal date is the day after)
        mails.send(s, companies.find(s.companyId).orElseThrow(), "cancellation-scheduled",
                Map.of("endsOn", s.termEnd.toString()));
        em.flush();
        return versioned(s);
    }

    public Versioned undoCancellation(UUID id) {
        Subscription s = manageable(id);
        requireAllowed(s, Transition.UNDO_CANCELLATION);
        CompanyInfo company = companies.find(s.companyId).orElseThrow();
        if (!today(company).isBefore(s.nextRenewalDate)) {
            throw new ProblemException(SubscriptionProblem.INVALID_TRANSITION,
                    "The cancellation took effect on " + s.nextRenewalDate + " and can no longer be undone.");
        }
        s.status = SubscriptionStatus.ACTIVE;
        s.updatedAt = clock.instant();
        emit(WebhookEventType.SUBSCRIPTION_CANCELLATION_REVOKED, s, "status", s.status);
        audit.record(currentUser.get(), s.companyId, "SUBSCRIPTION", s.id, "CANCELLATION_UNDONE",
                "Undid the cancellation of " + s.number + "; it renews on " + s.nextRenewalDate);
        mails.send(s, company, "cancellation-undone", Map.of());
        em.flush();
        return versioned(s);
    }

    /** Sends a notice mail (reminder, renewal notice) about a subscription to its admin. */
    void notice(Subscription s, CompanyInfo company, String template, Map<String, Object> data) {
        mails.send(s, company, template, data);
    }

    /** Marks an overdue pending subscription LAPSED (no charge, no invoice) and tells its admin. */
    void lapse(Subscription s, CompanyInfo company) {
        requireAllowed(s, Transition.LAPSE);
        s.status = SubscriptionStatus.LAPSED;
        s.updatedAt = clock.instant();
        emit(WebhookEventType.SUBSCRIPTION_LAPSED, s, "status", s.status);
        audit.record(null, "Portico", s.companyId, "SUBSCRIPTION", s.id, "SUBSCRIPTION_LAPSED",
                s.number + " was not activated by " + s.activationDeadline + " and lapsed without charge");
        mails.send(s, company, "lapsed", Map.of());
    }

    private Subscription manageable(UUID id) {
        Subscription s = guard.find(id, true);
        if (!SubscriptionLifecycle.manageable(s.status)) {
            throw new ProblemException(SubscriptionProblem.NOT_MANAGEABLE,
                    s.number + " is " + s.status + ". Only an active subscription (or one cancelled for the next "
                            + "renewal) can be managed" + (s.status == SubscriptionStatus.PENDING_ACTIVATION
                            ? ": activate it first." : "."));
        }
        return s;
    }

    private static void requireAllowed(Subscription s, Transition transition) {
        if (SubscriptionLifecycle.decide(s.status, transition) instanceof Decision.Refused refused) {
            throw new ProblemException(SubscriptionProblem.INVALID_TRANSITION, refused.reason());
        }
    }

    private void recordPoNumber(Subscription s, UUID by) {
        PoNumberChange change = new PoNumberChange();
        change.id = UUID.randomUUID();
        change.subscriptionId = s.id;
        change.poNumber = s.poNumber;
        change.changedAt = clock.instant();
        change.changedBy = by;
        em.persist(change);
    }

    private UUID verifiedUserWithEmail(String email) {
        return em.createQuery("select u.id from AppUser u where u.email = :email and u.emailVerified = true", UUID.class)
                .setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
    }

    private Map<UUID, AppUser> users(List<UUID> ids) {
        List<UUID> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, AppUser> byId = new HashMap<>(); // HashMap: callers look up null ids (pending admins)
        if (!distinct.isEmpty()) {
            em.createQuery("from AppUser where id in :ids", AppUser.class)
                    .setParameter("ids", distinct)
                    .getResultStream()
                    .forEach(u -> byId.put(u.id, u));
        }
        return byId;
    }

    private LocalDate today(CompanyInfo company) {
        return LocalDate.now(clock.withZone(company.zone()));
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("cursor", dev.portico.platform.paging.Cursor.NOT_OURS);
        }
    }

    private Versioned versioned(Subscription s) {
        CompanyInfo company = companies.find(s.companyId).orElseThrow();
        AppUser admin = s.adminUserId == null ? null : em.find(AppUser.class, s.adminUserId);
        return new Versioned(view(s, company, admin, s.activatedAt != null, pendingTransfers(List.of(s.id)).get(s.id)),
                s.version);
    }

    private SubscriptionView view(Subscription s, CompanyInfo company, AppUser admin, boolean accepted,
            SubscriptionView.PendingAdminTransfer pendingTransfer) {
        boolean visibleToCaller = currentUserIsPerson();
        SubscriptionGuard.Rights rights = visibleToCaller ? guard.rights(s)
                : new SubscriptionGuard.Rights(false, false, false);
        LocalDate today = today(company);
        boolean manage = rights.manage() && SubscriptionLifecycle.manageable(s.status);
        SubscriptionView.Actions actions = new SubscriptionView.Actions(
                rights.subscriptionAdmin() && s.status == SubscriptionStatus.PENDING_ACTIVATION
                        && !today.isAfter(s.activationDeadline),
                manage,
                manage,
                manage,
                manage,
                manage && pendingTransfer != null,
                manage && s.status == SubscriptionStatus.ACTIVE,
                manage && s.status == SubscriptionStatus.NON_RENEWING && today.isBefore(s.nextRenewalDate),
                rights.manage() && accepted);
        SubscriptionView.PaymentMethodView payment = s.paymentMethodType == null ? null
                : new SubscriptionView.PaymentMethodView(s.paymentMethodType, s.paymentMethodDisplay);
        // cancelled or ended: it renews no more, whatever was bought (the renewal date stays inside, as the end)
        boolean renews = s.autoRenew && (s.status == SubscriptionStatus.ACTIVE
                || s.status == SubscriptionStatus.PENDING_ACTIVATION);
        LocalDate nextRenewal = s.status == SubscriptionStatus.NON_RENEWING ? null : s.nextRenewalDate;
        return new SubscriptionView(s.id, s.number, s.companyId, company.name(), s.productCode, s.productName,
                s.licenseQuantity, s.termStart, s.termEnd, nextRenewal, renews, s.poNumber, payment,
                new SubscriptionView.Admin(s.adminUserId, s.adminEmail, admin == null ? null : admin.displayName(),
                        s.adminUserId == null),
                rights.manage() ? pendingTransfer : null,
                s.orderedAt, s.activationDeadline, s.activatedAt, s.status, actions);
    }

    /** Integrations (no email) create subscriptions but have no rights on them as a person. */
    private boolean currentUserIsPerson() {
        return currentUser.actor().userId() != null;
    }

    /** The subscription's webhook event: its number and the given fields (name, value, …). */
    private void emit(WebhookEventType type, Subscription s, Object... fields) {
        Object[] all = new Object[fields.length + 2];
        all[0] = "number";
        all[1] = s.number;
        System.arraycopy(fields, 0, all, 2, fields.length);
        for (int i = 3; i < all.length; i += 2) {
            if (all[i] instanceof Enum<?> e) {
                all[i] = e.name();
            }
        }
        webhooks.emit(type, s.companyId, s.id, "subscriptions/" + s.id, WebhookEvents.fields(all));
    }
}
