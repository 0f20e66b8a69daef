package dev.portico.seat;

import dev.portico.platform.security.AppUser;
import dev.portico.subscription.SeatRoster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The seat feature's answer to {@link SeatRoster}: one query with the holders' names. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeatRosterLookup implements SeatRoster {

    @Inject
    EntityManager em;

    @Override
    public List<Holding> liveSeats(Collection<UUID> subscriptionIds, LocalDate from) {
        if (subscriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select s, u from Seat s left join AppUser u on u.id = s.userId
                         where s.subscriptionId in :ids and s.revokedAt is null
                           and (s.validUntil is null or s.validUntil >= :from)
                         order by s.subscriptionId, s.validFrom, s.email
                        """, Object[].class)
                .setParameter("ids", subscriptionIds)
                .setParameter("from", from)
                .getResultStream()
                .map(row -> {
                    Seat seat = (Seat) row[0];
                    AppUser user = (AppUser) row[1];
                    return new Holding(seat.subscriptionId, seat.email, user == null ? null : user.displayName(),
                            seat.validFrom, seat.validUntil);
                })
                .toList();
    }
}
