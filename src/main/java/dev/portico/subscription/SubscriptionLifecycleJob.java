package dev.portico.subscription;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Lets pending subscriptions lapse when their activation window has closed. Rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, so several app instances may run the job at once.
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
    @Transactional
    public int lapseOverdue() {
        // Deadlines are dates in each company's zone; a day of margin finds every candidate, the zone decides.
        LocalDate latestPossible = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        @SuppressWarnings("unchecked")
        List<Subscription> candidates = em.createNativeQuery("""
                        select * from subscription
                         where status = 'PENDING_ACTIVATION' and activation_deadline < :latest
                         order by activation_deadline, id
                         limit 500
                           for update skip locked
                        """, Subscription.class)
                .setParameter("latest", latestPossible)
                .getResultList();
        Map<java.util.UUID, CompanyInfo> info = companies.find(candidates.stream().map(s -> s.companyId).distinct().toList());
        int lapsed = 0;
        for (Subscription s : candidates) {
            CompanyInfo company = info.get(s.companyId);
            if (LocalDate.now(clock.withZone(company.zone())).isAfter(s.activationDeadline)) {
                subscriptions.lapse(s, company);
                lapsed++;
            }
        }
        return lapsed;
    }

    /** Renews (or ends) every subscription whose renewal date has come in its company's time zone. */
    @Transactional
    public int renewDue() {
        LocalDate latestPossible = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        @SuppressWarnings("unchecked")
        List<Subscription> due = em.createNativeQuery("""
                        select * from subscription
                         where status in ('ACTIVE', 'NON_RENEWING') and next_renewal_date <= :latest
                         order by next_renewal_date, id
                         limit 500
                           for update skip locked
                        """, Subscription.class)
                .setParameter("latest", latestPossible)
                .getResultList();
        Map<java.util.UUID, CompanyInfo> info = companies.find(due.stream().map(s -> s.companyId).distinct().toList());
        int changed = 0;
        for (Subscription s : due) {
            CompanyInfo company = info.get(s.companyId);
            if (!LocalDate.now(clock.withZone(company.zone())).isBefore(s.nextRenewalDate)) {
                subscriptions.renewOrEnd(s, company);
                changed++;
            }
        }
        return changed;
    }

    /**
     * Activation reminders before the deadline and the renewal notice before an automatic renewal. Each notice is
     * claimed in {@code subscription_notice} first, so it goes out once whichever instance gets there.
     */
    @Transactional
    public int sendNotices() {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int sent = 0;
        int longestReminder = config.activationReminderDays().stream().max(Integer::compare).orElse(0);
        @SuppressWarnings("unchecked")
        List<Subscription> pending = em.createNativeQuery("""
                        select * from subscription
                         where status = 'PENDING_ACTIVATION' and activation_deadline <= :horizon
                           and activation_deadline >= :yesterday
                        """, Subscription.class)
                .setParameter("horizon", utcToday.plusDays(longestReminder + 1))
                .setParameter("yesterday", utcToday.minusDays(1))
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Subscription> renewing = em.createNativeQuery("""
                        select * from subscription
                         where status = 'ACTIVE' and auto_renew and next_renewal_date <= :horizon
                           and next_renewal_date >= :yesterday
                        """, Subscription.class)
                .setParameter("horizon", utcToday.plusDays(config.renewalNoticeDays() + 1))
                .setParameter("yesterday", utcToday.minusDays(1))
                .getResultList();
        List<java.util.UUID> companyIds = java.util.stream.Stream.concat(pending.stream(), renewing.stream())
                .map(s -> s.companyId).distinct().toList();
        Map<java.util.UUID, CompanyInfo> info = companies.find(companyIds);
        for (Subscription s : pending) {
            CompanyInfo company = info.get(s.companyId);
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(company.zone())),
                    s.activationDeadline);
            // The closest reminder that is due: someone who missed the 30-day one still gets the 7-day one.
            var due = config.activationReminderDays().stream().filter(d -> daysLeft >= 0 && daysLeft <= d)
                    .min(Integer::compare);
            if (due.isPresent() && claim(s, "ACTIVATION_REMINDER_" + due.get(), s.activationDeadline)) {
                subscriptions.notice(s, company, "activation-reminder", Map.of("daysLeft", daysLeft,
                        "activationUrl", portico.publicUrl() + "/subscriptions/" + s.id + "/activate"));
                sent++;
            }
        }
        for (Subscription s : renewing) {
            CompanyInfo company = info.get(s.companyId);
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(company.zone())),
                    s.nextRenewalDate);
            if (daysLeft >= 0 && daysLeft <= config.renewalNoticeDays()
                    && claim(s, "RENEWAL_UPCOMING", s.nextRenewalDate)) {
                subscriptions.notice(s, company, "renewal-upcoming", Map.of("daysLeft", daysLeft));
                sent++;
            }
        }
        return sent;
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
