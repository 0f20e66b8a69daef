package dev.portico.seat;

import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "May this person use product X now?" — the hottest read in the system: one indexed query over the live seats
 * of the person (by user or by email), joined to the subscription and its company for the status and for
 * "today" in the company's time zone. Also the person's own list of licenses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EntitlementService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** For the signed-in person: their claimed seats, and seats still addressed to their verified email. */
    public SeatViews.EntitlementView forMe(String productCode) {
        AppUser me = currentUser.get();
        return check(productCode, me.emailVerified ? me.email : "", me.id);
    }

    /** For an integration asking about an email. */
    public SeatViews.EntitlementView forEmail(String productCode, String email) {
        return check(productCode, CurrentUser.normaliseEmail(email), null);
    }

    private SeatViews.EntitlementView check(String productCode, String email, UUID userId) {
        // Two spellings rather than "user_id = :user or ...": with a null user the planner keeps to one index.
        String who = userId == null ? "s.email = :email" : "(s.user_id = :user or s.email = :email)";
        var query = em.createNativeQuery("""
                        select s.valid_until, sub.number
                          from seat s
                          join subscription sub on sub.id = s.subscription_id
                          join company c on c.id = sub.company_id
                         where %s
                           and s.revoked_at is null
                           and sub.product_code = :product
                           and sub.status in ('ACTIVE', 'NON_RENEWING')
                           and s.valid_from <= (cast(:now as timestamptz) at time zone c.time_zone)::date
                           and (s.valid_until is null or s.valid_until >= (cast(:now as timestamptz) at time zone c.time_zone)::date)
                         order by s.valid_until desc nulls first
                         limit 1
                        """.formatted(who))
                .setParameter("email", email)
                .setParameter("product", productCode)
                .setParameter("now", clock.instant());
        if (userId != null) {
            query.setParameter("user", userId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return new SeatViews.EntitlementView(productCode, email, false, null, null);
        }
        Object[] row = rows.get(0);
        LocalDate until = row[0] == null ? null : toDate(row[0]);
        return new SeatViews.EntitlementView(productCode, email, true, until, (String) row[1]);
    }

    /** The signed-in person's seats that have not ended or been revoked. */
    public List<SeatViews.LicenseView> myLicenses() {
        AppUser me = currentUser.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.id, sub.product_code, sub.product_name, sub.number, c.name, s.valid_from, s.valid_until,
                               (s.valid_from > (cast(:now as timestamptz) at time zone c.time_zone)::date) as scheduled
                          from seat s
                          join subscription sub on sub.id = s.subscription_id
                          join company c on c.id = sub.company_id
                         where s.user_id = :user and s.revoked_at is null
                           and sub.status in ('ACTIVE', 'NON_RENEWING')
                           and (s.valid_until is null or s.valid_until >= (cast(:now as timestamptz) at time zone c.time_zone)::date)
                         order by sub.product_name, s.valid_from
                        """)
                .setParameter("user", me.id)
                .setParameter("now", clock.instant())
                .getResultList();
        return rows.stream().map(r -> new SeatViews.LicenseView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], toDate(r[5]), r[6] == null ? null : toDate(r[6]),
                Boolean.TRUE.equals(r[7]) ? SeatState.SCHEDULED : SeatState.ACTIVE)).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
