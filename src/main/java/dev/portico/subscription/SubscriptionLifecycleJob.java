package dev.portico.subscription;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.platform.job.RowByRow;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lets pending subscriptions lapse when their activation window has closed, renews or ends them at their renewal
 * date, and sends the reminders and notices. Each subscription is handled in a transaction of its own, locked with
 * {@code FOR UPDATE SKIP LOCKED} ({@link RowByRow}): several app instances may run the job at once, and one that
 * fails is logged and tried again next run without holding up the others.
 */
@ApplicationScoped
public class SubscriptionLifecycleJob {

    @Inject
    EntityManager em;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    CompanyDirectory companies;

    @Inject
    Clock clock;

    @Inject
    SubscriptionConfig config;

    @Inject
    dev.portico.platform.PorticoConfig portico;

    @Scheduled(every = "${portico.subscriptions.job-interval:1h}", identity = "subscription-lifecycle",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        lapseOverdue();
        renewDue();
        sendNotices();
    }

    /** Lapses every pending subscription whose last activation day has passed in its company's time zone. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int lapseOverdue() {
        // Deadlines are dates in each company's zone; a day of margin finds every candidate, the zone decides.
        LocalDate latestPossible = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        String overdue = "status = 'PENDING_ACTIVATION' and activation_deadline < :latest";
        List<UUID> candidates = RowByRow.candidates(() -> ids(overdue + " order by activation_deadline, id limit 500",
                Map.of("latest", latestPossible)));
        return RowByRow.process("Lapsing subscription", candidates, id -> {
            Subscription s = lockIfStill(id, overdue, Map.of("latest", latestPossible));
            if (s == null) {
                return false;
            }
            CompanyInfo company = companies.find(s.companyId).orElseThrow();
            if (!LocalDate.now(clock.withZone(company.zone())).isAfter(s.activationDeadline)) {
                return false;
            }
            subscriptions.lapse(s, company);
            return true;
        });
    }

    /** Renews (or ends) every subscription whose renewal date has come in its company's time zone. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int renewDue() {
        LocalDate latestPossible = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        String due = "status in ('ACTIVE', 'NON_RENEWING') and next_renewal_date <= :latest";
        List<UUID> candidates = RowByRow.candidates(() -> ids(due + " order by next_renewal_date, id limit 500",
                Map.of("latest", latestPossible)));
        return RowByRow.process("Renewing subscription", candidates, id -> {
            Subscription s = lockIfStill(id, due, Map.of("latest", latestPossible));
            if (s == null) {
                return false;
            }
            CompanyInfo company = companies.find(s.companyId).orElseThrow();
            if (LocalDate.now(clock.withZone(company.zone())).isBefore(s.nextRenewalDate)) {
                return false;
            }
            subscriptions.renewOrEnd(s, company);
            return true;
        });
    }

    /**
     * Activation reminders before the deadline and the renewal notice before an automatic renewal. Each notice is
     * claimed in {@code subscription_notice} first, in the transaction that queues its mail, so it goes out once
     * whichever instance gets there (and again next run if queueing it failed).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendNotices() {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int longestReminder = config.activationReminderDays().stream().max(Integer::compare).orElse(0);
        String pending = "status = 'PENDING_ACTIVATION' and activation_deadline <= :horizon and activation_deadline >= :yesterday";
        Map<String, Object> pendingWindow = Map.of("horizon", utcToday.plusDays(longestReminder + 1),
                "yesterday", utcToday.minusDays(1));
        String renewing = "status = 'ACTIVE' and auto_renew and next_renewal_date <= :horizon and next_renewal_date >= :yesterday";
        Map<String, Object> renewingWindow = Map.of("horizon", utcToday.plusDays(config.renewalNoticeDays() + 1),
                "yesterday", utcToday.minusDays(1));

        int sent = RowByRow.process("Activation reminder for subscription",
                RowByRow.candidates(() -> ids(pending + " order by id", pendingWindow)), id -> {
                    Subscription s = lockIfStill(id, pending, pendingWindow);
                    if (s == null) {
                        return false;
                    }
                    CompanyInfo company = companies.find(s.companyId).orElseThrow();
                    long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(company.zone())), s.activationDeadline);
                    // The closest reminder that is due: someone who missed the 30-day one still gets the 7-day one.
                    var due = config.activationReminderDays().stream().filter(d -> daysLeft >= 0 && daysLeft <= d)
                            .min(Integer::compare);
                    if (due.isEmpty() || !claim(s, "ACTIVATION_REMINDER_" + due.get(), s.activationDeadline)) {
                        return false;
                    }
                    subscriptions.notice(s, company, "activation-reminder", Map.of("daysLeft", daysLeft,
                            "activationUrl", portico.publicUrl() + "/subscriptions/" + s.id + "/activate"));
                    return true;
                });
        sent += RowByRow.process("Renewal notice for subscription",
                RowByRow.candidates(() -> ids(renewing + " order by id", renewingWindow)), id -> {
                    Subscription s = lockIfStill(id, renewing, renewingWindow);
                    if (s == null) {
                        return false;
                    }
                    CompanyInfo company = companies.find(s.companyId).orElseThrow();
                    long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(company.zone())), s.nextRenewalDate);
                    if (daysLeft < 0 || daysLeft > config.renewalNoticeDays()
                            || !claim(s, "RENEWAL_UPCOMING", s.nextRenewalDate)) {
                        return false;
                    }
                    subscriptions.notice(s, company, "renewal-upcoming", Map.of("daysLeft", daysLeft));
                    return true;
                });
        return sent;
    }

    /** The ids of the subscriptions that meet {@code condition} (which may end with order and limit). */
    private List<UUID> ids(String condition, Map<String, Object> params) {
        var query = em.createNativeQuery("select id from subscription where " + condition, UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /** The subscription, locked, if it still meets {@code condition} and no other instance holds it. */
    private Subscription lockIfStill(UUID id, String condition, Map<String, Object> params) {
        var query = em.createNativeQuery("select * from subscription where id = :id and " + condition
                + " for update skip locked", Subscription.class).setParameter("id", id);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Subscription> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean claim(Subscription s, String kind, LocalDate dueDate) {
        return em.createNativeQuery("""
                        insert into subscription_notice (subscription_id, kind, due_date, sent_at)
                        values (:id, :kind, :due, :now) on conflict do nothing
                        """)
                .setParameter("id", s.id)
                .setParameter("kind", kind)
                .setParameter("due", dueDate)
                .setParameter("now", clock.instant())
                .executeUpdate() == 1;
    }
}
