package dev.portico.seat;

import dev.portico.subscription.SeatContext;
import dev.portico.subscription.SubscriptionService;
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

/**
 * Tells people that their license ends soon. Each notice is claimed in {@code seat_notice} first, so it goes
 * out once even when several app instances run the job.
 */
@ApplicationScoped
public class SeatNoticeJob {

    @Inject
    EntityManager em;

    @Inject
    SeatService seats;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SeatConfig config;

    @Inject
    Clock clock;

    @Scheduled(every = "${portico.seats.job-interval:1h}", identity = "seat-notices",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendEndingSoon();
    }

    @Transactional
    public int sendEndingSoon() {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Seat> ending = em.createQuery("""
                        from Seat where revokedAt is null and validUntil is not null
                         and validUntil >= :from and validUntil <= :to
                        """, Seat.class)
                .setParameter("from", utcToday.minusDays(1))
                .setParameter("to", utcToday.plusDays(config.endingSoonDays() + 1))
                .getResultList();
        int sent = 0;
        for (Seat seat : ending) {
            SeatContext sub = subscriptions.forSystem(seat.subscriptionId);
            long daysLeft = ChronoUnit.DAYS.between(sub.today(clock), seat.validUntil);
            if (sub.manageable() && daysLeft >= 0 && daysLeft <= config.endingSoonDays() && claim(seat)) {
                seats.notice(seat, sub, "ending-soon", Map.of("daysLeft", daysLeft));
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(Seat seat) {
        return em.createNativeQuery("""
                        insert into seat_notice (seat_id, kind, due_date, sent_at) values (:seat, 'ENDING_SOON', :due, :now)
                        on conflict do nothing
                        """)
                .setParameter("seat", seat.id)
                .setParameter("due", seat.validUntil)
                .setParameter("now", clock.instant())
                .executeUpdate() == 1;
    }
}
