package dev.portico.seat;

import dev.portico.platform.job.RowByRow;
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
import java.util.UUID;

/**
 * Tells people that their license ends soon. Each seat is handled in a transaction of its own ({@link RowByRow}):
 * its notice is claimed in {@code seat_notice} with the mail, so it goes out once even when several app instances
 * run the job, and a seat that fails is tried again next run without holding up the others.
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

    /** Tells each holder whose seat ends within {@code portico.seats.ending-soon-days}, once; each seat on its own. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sendEndingSoon() {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String ending = "revoked_at is null and valid_until is not null and valid_until >= :from and valid_until <= :to";
        Map<String, Object> window = Map.of("from", utcToday.minusDays(1), "to", utcToday.plusDays(config.endingSoonDays() + 1));
        List<UUID> candidates = RowByRow.candidates(() -> {
            var query = em.createNativeQuery("select id from seat where " + ending + " order by valid_until, id", UUID.class);
            window.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<UUID> ids = query.getResultList();
            return ids;
        });
        return RowByRow.process("Ending-soon notice for seat", candidates, id -> {
            var query = em.createNativeQuery("select * from seat where id = :id and " + ending + " for update skip locked",
                    Seat.class).setParameter("id", id);
            window.forEach(query::setParameter);
            @SuppressWarnings("unchecked")
            List<Seat> found = query.getResultList();
            if (found.isEmpty()) {
                return false;
            }
            Seat seat = found.get(0);
            SeatContext sub = subscriptions.forSystem(seat.subscriptionId);
            long daysLeft = ChronoUnit.DAYS.between(sub.today(clock), seat.validUntil);
            if (!sub.manageable() || daysLeft < 0 || daysLeft > config.endingSoonDays() || !claim(seat)) {
                return false;
            }
            seats.notice(seat, sub, "ending-soon", Map.of("daysLeft", daysLeft));
            return true;
        });
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
