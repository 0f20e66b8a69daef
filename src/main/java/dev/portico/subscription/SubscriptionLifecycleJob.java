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

    @Scheduled(every = "${portico.subscriptions.job-interval:1h}", identity = "subscription-lifecycle",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        lapseOverdue();
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
}
