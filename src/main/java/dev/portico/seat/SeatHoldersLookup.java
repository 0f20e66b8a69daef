package dev.portico.seat;

import dev.portico.subscription.SeatHolders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The seat feature's answer to {@link SeatHolders}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeatHoldersLookup implements SeatHolders {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<UUID> subscriptionsHeldBy(UUID userId) {
        // A day of margin around "today": the exact day boundary is the company's, and a seat that ended
        // yesterday in one zone may still run today in another; showing it one day longer does no harm.
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        return em.createQuery("""
                        select distinct s.subscriptionId from Seat s
                         where s.userId = :user and s.revokedAt is null
                           and (s.validUntil is null or s.validUntil >= :yesterday)
                        """, UUID.class)
                .setParameter("user", userId)
                .setParameter("yesterday", yesterday)
                .getResultList();
    }
}
