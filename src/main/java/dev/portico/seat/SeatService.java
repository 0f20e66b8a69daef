package dev.portico.seat;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.metrics.BusinessMetrics;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.UserSignedIn;
import dev.portico.platform.webhook.WebhookEventType;
import dev.portico.platform.webhook.WebhookEvents;
import dev.portico.subscription.SeatContext;
import dev.portico.subscription.SubscriptionActivated;
import dev.portico.subscription.SubscriptionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Assigns, changes and revokes seats. Every change first locks the subscription row, so changes of one
 * subscription run one after another and the seat-count rule ({@link SeatPolicy}) is checked against
 * everything committed before: of many requests for the last seat, exactly one wins.
 */
@ApplicationScoped
@Transactional
public class SeatService {

    @Inject
    BusinessMetrics metrics;

    @Inject
    EntityManager em;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    MailOutbox mail;

    @Inject
    Clock clock;

    @Inject
    WebhookEvents webhooks;

    @Transactional(Transactional.TxType.SUPPORTS) // a read: no transaction of its own
    public SeatViews.SeatOverview overview(UUID subscriptionId) {
        SeatContext sub = subscriptions.forSeatReading(subscriptionId);
        boolean manageable = sub.manageable() && !currentUser.isIntegration();
        LocalDate today = sub.today(clock);
        List<Seat> seats = seats(subscriptionId);
        List<SeatPolicy.Period> live = seats.stream().map(Seat::period).toList();
        long used = SeatPolicy.usedOn(live, today);
        Map<UUID, AppUser> users = users(seats.stream().map(s -> s.userId).toList());
        List<SeatViews.SeatView> views = seats.stream().map(s -> view(s, users.get(s.userId), today, manageable))
                .toList();
        return new SeatViews.SeatOverview(sub.id(), sub.number(), sub.productName(), sub.quantity(), used,
                Math.max(0, sub.quantity() - used), SeatPolicy.nextFreeDay(sub.quantity(), live, today), today,
                sub.termStart(), sub.termEnd(), sub.autoRenew(), manageable, views);
    }

    public SeatViews.SeatView assign(UUID subscriptionId, SeatViews.SeatAssignment request) {
        SeatContext sub = manageable(subscriptions.forSeatManagement(subscriptionId, true));
        LocalDate today = sub.today(clock);
        String email = CurrentUser.normaliseEmail(request.email());
        LocalDate from = request.validFrom() == null ? today : request.validFrom();
        if (from.isBefore(today)) {
            throw ProblemException.invalid("validFrom", Message.of("field.today-or-later"));
        }
        SeatPolicy.Period period = new SeatPolicy.Period(from, request.validUntil());
        requireAllowed(sub, seats(subscriptionId), null, email, period);

        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.subscriptionId = sub.id();
        seat.companyId = sub.companyId();
        seat.email = email;
        seat.userId = verifiedColleague(email, sub.companyId());
        seat.validFrom = period.from();
        seat.validUntil = period.until();
        seat.createdAt = clock.instant();
        seat.updatedAt = seat.createdAt;
        em.persist(seat);

        audit.record(currentUser.get(), sub.companyId(), "SEAT", seat.id, "SEAT_ASSIGNED",
                "Gave " + email + " a seat on " + sub.number() + " " + describe(period));
        mailTo(seat, sub, "invitation", Map.of("assignedBy", currentUser.get().displayName()));
        metrics.countOnCommit("portico.seats.assigned", "via", "api");
        emit(WebhookEventType.SEAT_ASSIGNED, seat);
        em.flush();
        return view(seat, null, today, true);
    }

    public SeatViews.SeatView changePeriod(UUID seatId, SeatViews.SeatPeriod request) {
        Seat seat = find(seatId);
        SeatContext sub = manageable(subscriptions.forSeatManagement(seat.subscriptionId, true));
        em.refresh(seat);
        LocalDate today = sub.today(clock);
        if (seat.state(today) == SeatState.REVOKED || seat.state(today) == SeatState.ENDED) {
            throw new ProblemException(SeatProblem.SEAT_CLOSED,
                    "The seat of " + seat.email + " is " + seat.state(today).name().toLowerCase() + "; assign a new one instead.");
        }
        boolean started = !seat.validFrom.isAfter(today);
        if (started && !request.validFrom().equals(seat.validFrom)) {
            throw ProblemException.invalid("validFrom", "cannot change once the seat has started (" + seat.validFrom + ")");
        }
        if (!started && request.validFrom().isBefore(today)) {
            throw ProblemException.invalid("validFrom", Message.of("field.today-or-later"));
        }
        if (request.validUntil() != null && request.validUntil().isBefore(today)) {
            throw ProblemException.invalid("validUntil", Message.of("field.seat-end-today-or-later"));
        }
        SeatPolicy.Period period = new SeatPolicy.Period(request.validFrom(), request.validUntil());
        List<Seat> others = seats(seat.subscriptionId).stream().filter(s -> !s.id.equals(seat.id)).toList();
        requireAllowed(sub, others, seat.id, seat.email, period);
        SeatPolicy.Period before = seat.period();
        seat.validFrom = period.from();
        seat.validUntil = period.until();
        seat.updatedAt = clock.instant();
        audit.record(currentUser.get(), sub.companyId(), "SEAT", seat.id, "SEAT_PERIOD_CHANGED",
                "Changed the seat of " + seat.email + " on " + sub.number() + " from " + describe(before) + " to "
                        + describe(period));
        mailTo(seat, sub, "period-changed", Map.of());
        emit(WebhookEventType.SEAT_PERIOD_CHANGED, seat);
        em.flush();
        return view(seat, seat.userId == null ? null : em.find(AppUser.class, seat.userId), today, true);
    }

    /** Ends access now: the seat counts until yesterday, and is free again from today. */
    public SeatViews.SeatView revoke(UUID seatId) {
        Seat seat = find(seatId);
        SeatContext sub = subscriptions.forSeatManagement(seat.subscriptionId, true);
        em.refresh(seat);
        LocalDate today = sub.today(clock);
        if (seat.revokedAt != null) {
            throw new ProblemException(SeatProblem.SEAT_CLOSED, "The seat of " + seat.email + " was already revoked.");
        }
        Instant now = clock.instant();
        LocalDate yesterday = today.minusDays(1);
        seat.revokedAt = now;
        if (seat.validUntil == null || seat.validUntil.isAfter(yesterday)) {
            seat.validUntil = yesterday; // before validFrom when it had not started: counts on no day
        }
        seat.updatedAt = now;
        audit.record(currentUser.get(), sub.companyId(), "SEAT", seat.id, "SEAT_REVOKED",
                "Revoked the seat of " + seat.email + " on " + sub.number());
        mailTo(seat, sub, "revoked", Map.of());
        webhooks.emit(WebhookEventType.SEAT_REVOKED, seat.companyId, seat.id, "seats/" + seat.id,
                WebhookEvents.fields("subscriptionId", seat.subscriptionId, "email", seat.email));
        em.flush();
        return view(seat, seat.userId == null ? null : em.find(AppUser.class, seat.userId), today, false);
    }

    /**
     * Assigns seats from a CSV file ({@link SeatImport}), row by row against the seats before it (including the
     * file's earlier rows). All or nothing by default: a failing row answers 422 listing every failing row, and
     * nothing is written; with best effort the good rows are written and the others reported.
     */
    public SeatImport.Result importCsv(UUID subscriptionId, String csv, SeatImport.Mode mode) {
        SeatContext sub = manageable(subscriptions.forSeatManagement(subscriptionId, true));
        LocalDate today = sub.today(clock);
        List<SeatImport.Row> rows;
        try {
            rows = SeatImport.parse(csv == null ? "" : csv, today);
        } catch (SeatImport.InvalidFile e) {
            throw ProblemException.invalid("file", e.getMessage());
        }
        List<Seat> current = new java.util.ArrayList<>(seats(subscriptionId));
        List<SeatImport.RowResult> results = new java.util.ArrayList<>();
        List<Seat> planned = new java.util.ArrayList<>();
        for (SeatImport.Row row : rows) {
            List<FieldError> errors = new java.util.ArrayList<>(row.errors());
            if (errors.isEmpty() && row.validFrom().isBefore(today)) {
                errors.add(new FieldError("validFrom", "must be today or later"));
            }
            if (errors.isEmpty()) {
                SeatPolicy.Period period = new SeatPolicy.Period(row.validFrom(), row.validUntil());
                List<SeatPolicy.Held> held = current.stream().map(x -> new SeatPolicy.Held(x.email, x.period())).toList();
                FieldError refusal = refusal(SeatPolicy.check(
                        new SeatPolicy.Terms(sub.quantity(), sub.termEnd(), sub.autoRenew()), held, row.email(), period));
                if (refusal != null) {
                    errors.add(refusal);
                }
            }
            if (errors.isEmpty()) {
                Seat seat = new Seat();
                seat.id = UUID.randomUUID();
                seat.subscriptionId = sub.id();
                seat.companyId = sub.companyId();
                seat.email = row.email();
                seat.validFrom = row.validFrom();
                seat.validUntil = row.validUntil();
                current.add(seat);
                planned.add(seat);
                results.add(new SeatImport.RowResult(row.number(), row.email(), SeatImport.Outcome.CREATED, seat.id, List.of()));
            } else {
                results.add(new SeatImport.RowResult(row.number(), row.email(), SeatImport.Outcome.FAILED, null, errors));
            }
        }
        long failed = results.stream().filter(r -> r.outcome() == SeatImport.Outcome.FAILED).count();
        if (failed > 0 && mode == SeatImport.Mode.ALL_OR_NOTHING) {
            List<FieldError> errors = results.stream().filter(r -> r.outcome() == SeatImport.Outcome.FAILED)
                    .flatMap(r -> r.errors().stream().map(e -> new FieldError("rows[" + r.row() + "]." + e.field(),
                            e.message())))
                    .toList();
            throw new ProblemException(dev.portico.platform.problem.CommonProblem.VALIDATION,
                    failed + " of " + rows.size() + " rows cannot be applied, so nothing was changed. Fix them, or "
                            + "upload again with mode=BEST_EFFORT to apply the others.", errors, Map.of());
        }
        AppUser me = currentUser.get();
        Instant now = clock.instant();
        for (Seat seat : planned) {
            seat.userId = verifiedColleague(seat.email, sub.companyId());
            seat.createdAt = now;
            seat.updatedAt = now;
            em.persist(seat);
            audit.record(me, sub.companyId(), "SEAT", seat.id, "SEAT_ASSIGNED",
                    "Gave " + seat.email + " a seat on " + sub.number() + " " + describe(seat.period()) + " (CSV upload)");
            mailTo(seat, sub, "invitation", Map.of("assignedBy", me.displayName()));
            emit(WebhookEventType.SEAT_ASSIGNED, seat);
        }
        em.flush();
        return new SeatImport.Result(mode, planned.size(), (int) failed, results);
    }

    private static FieldError refusal(SeatPolicy.Decision decision) {
        if (decision instanceof SeatPolicy.Decision.InvalidPeriod invalid) {
            return new FieldError(invalid.field(), invalid.reason());
        }
        if (decision instanceof SeatPolicy.Decision.Overlap overlap) {
            return new FieldError("email", "already has a seat " + describe(overlap.existing()));
        }
        if (decision instanceof SeatPolicy.Decision.NoFreeSeat full) {
            return new FieldError("validFrom", "no free seat on " + full.days().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        return null;
    }

    /** On activation the admin gets the first seat (open-ended if it renews, else until the term's end). */
    void onActivation(@Observes SubscriptionActivated activated) {
        Seat seat = new Seat();
        seat.id = UUID.randomUUID();
        seat.subscriptionId = activated.subscriptionId();
        seat.companyId = activated.companyId();
        seat.email = activated.adminEmail();
        seat.userId = activated.adminUserId();
        seat.validFrom = activated.today();
        seat.validUntil = activated.autoRenew() ? null : activated.termEnd();
        seat.createdAt = clock.instant();
        seat.updatedAt = seat.createdAt;
        em.persist(seat);
        audit.record(null, "Portico", activated.companyId(), "SEAT", seat.id, "SEAT_ASSIGNED",
                "Gave the subscription's admin " + seat.email + " the first seat");
        emit(WebhookEventType.SEAT_ASSIGNED, seat);
    }

    private void emit(WebhookEventType type, Seat seat) {
        webhooks.emit(type, seat.companyId, seat.id, "seats/" + seat.id, WebhookEvents.fields(
                "subscriptionId", seat.subscriptionId, "email", seat.email, "validFrom", seat.validFrom,
                "validUntil", seat.validUntil));
    }

    /** Seats addressed to an email nobody has signed in with yet. */
    @ApplicationScoped
    static class UnclaimedSeats implements dev.portico.platform.security.SignInClaim {
        @Override
        public String pendingSql() {
            return "exists (select 1 from seat where email = :email and user_id is null)";
        }
    }

    /** Seats addressed to the person's verified email become theirs when they sign in. */
    void onSignIn(@Observes UserSignedIn signedIn) {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        update seat set user_id = :user where email = :email and user_id is null
                        returning id, company_id, subscription_id""")
                .setParameter("user", signedIn.user().id)
                .setParameter("email", signedIn.user().email)
                .getResultList();
        for (Object[] seat : claimed) {
            webhooks.emit(WebhookEventType.SEAT_CLAIMED, (UUID) seat[1], (UUID) seat[0], "seats/" + seat[0],
                    WebhookEvents.fields("subscriptionId", seat[2], "email", signedIn.user().email, "userId",
                            signedIn.user().id));
        }
    }

    private void requireAllowed(SeatContext sub, List<Seat> others, UUID self, String email, SeatPolicy.Period period) {
        List<SeatPolicy.Held> held = others.stream().filter(s -> !s.id.equals(self))
                .map(s -> new SeatPolicy.Held(s.email, s.period())).toList();
        SeatPolicy.Decision decision = SeatPolicy.check(
                new SeatPolicy.Terms(sub.quantity(), sub.termEnd(), sub.autoRenew()), held, email, period);
        if (decision instanceof SeatPolicy.Decision.InvalidPeriod invalid) {
            throw ProblemException.invalid(invalid.field(), invalid.reason());
        }
        if (decision instanceof SeatPolicy.Decision.Overlap overlap) {
            throw new ProblemException(SeatProblem.SEAT_OVERLAP,
                    email + " already has a seat " + describe(overlap.existing()) + "; change that seat's period instead.");
        }
        if (decision instanceof SeatPolicy.Decision.NoFreeSeat full) {
            String days = full.days().stream().map(Object::toString).collect(Collectors.joining(", "));
            throw new ProblemException(SeatProblem.NO_FREE_SEAT,
                    "All " + sub.quantity() + " seats are taken on " + days + ". Shorten or revoke another seat, or "
                            + "choose other dates.",
                    full.days().stream().map(d -> new FieldError("validFrom", "no free seat " + d)).toList(), Map.of());
        }
    }

    private SeatContext manageable(SeatContext sub) {
        if (!sub.manageable()) {
            throw new ProblemException(SeatProblem.SUBSCRIPTION_NOT_MANAGEABLE,
                    sub.number() + " is " + sub.status() + "; seats can be assigned only while it is active.");
        }
        return sub;
    }

    private Seat find(UUID seatId) {
        Seat seat = em.find(Seat.class, seatId);
        if (seat == null) {
            throw ProblemException.notFound("Seat " + seatId);
        }
        return seat;
    }

    private List<Seat> seats(UUID subscriptionId) {
        return em.createQuery("from Seat where subscriptionId = :id order by validFrom, createdAt", Seat.class)
                .setParameter("id", subscriptionId)
                .getResultList();
    }

    /**
     * The member of the company who signs in with this verified email, to whom the seat belongs at once. Anyone else
     * claims it at their next sign-in: linking it now would tell the assigning company that the address has an account,
     * and whose name it carries.
     */
    private UUID verifiedColleague(String email, UUID companyId) {
        List<?> ids = em.createNativeQuery("""
                        select u.id from app_user u join membership m on m.user_id = u.id
                         where u.email = :email and u.email_verified and m.company_id = :company""")
                .setParameter("email", email)
                .setParameter("company", companyId)
                .getResultList();
        return ids.isEmpty() ? null : (UUID) ids.get(0);
    }

    private Map<UUID, AppUser> users(List<UUID> ids) {
        Map<UUID, AppUser> byId = new HashMap<>();
        List<UUID> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (!distinct.isEmpty()) {
            em.createQuery("from AppUser where id in :ids", AppUser.class).setParameter("ids", distinct)
                    .getResultStream().forEach(u -> byId.put(u.id, u));
        }
        return byId;
    }

    /** A notice mail about a seat to its holder (used by {@link SeatNoticeJob}). */
    void notice(Seat seat, SeatContext sub, String template, Map<String, Object> extra) {
        mailTo(seat, sub, template, extra);
    }

    private void mailTo(Seat seat, SeatContext sub, String template, Map<String, Object> extra) {
        AppUser user = seat.userId == null ? null : em.find(AppUser.class, seat.userId);
        Map<String, Object> data = new HashMap<>(extra);
        data.put("productName", sub.productName());
        data.put("companyName", sub.companyName());
        data.put("number", sub.number());
        data.put("email", seat.email);
        data.put("validFrom", seat.validFrom.toString());
        data.put("validUntil", seat.validUntil == null ? "" : seat.validUntil.toString());
        mail.enqueue("seat/" + template, seat.email, user == null ? sub.companyLocale() : user.locale, data);
    }

    static String describe(SeatPolicy.Period period) {
        return period.until() == null ? "from " + period.from() + " on" : "from " + period.from() + " to " + period.until();
    }

    private SeatViews.SeatView view(Seat s, AppUser user, LocalDate today, boolean manageable) {
        SeatState state = s.state(today);
        boolean open = state != SeatState.REVOKED && state != SeatState.ENDED && !currentUser.isIntegration();
        return new SeatViews.SeatView(s.id, s.subscriptionId, s.email, s.userId, user == null ? null : user.displayName(),
                s.validFrom, s.validUntil, state, s.revokedAt,
                new SeatViews.SeatView.Actions(manageable && open, open));
    }
}
