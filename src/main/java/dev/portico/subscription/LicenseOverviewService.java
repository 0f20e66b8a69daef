package dev.portico.subscription;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CompanyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The company-wide license overview for its admins (seed 003): every subscription that is not lapsed or ended, with its
 * period, quantity, the seats used and free today, the holders, the invoice numbers and the subscription number. A page
 * costs five statements whatever its size: the subscriptions, the company, their invoices, their orders and their seats.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LicenseOverviewService {

    /** Rows the CSV export reads at a time. */
    static final int EXPORT_BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess access;

    @Inject
    CompanyDirectory companies;

    @Inject
    SeatRoster seats;

    @Inject
    OrderInvoices orders;

    @Inject
    Clock clock;

    /** One page, in the subscription list's order (next renewal or activation deadline, then id). */
    public LicenseOverview.Page page(UUID companyId, PageRequest page) {
        access.requireAdmin(companyId);
        return read(companyId, page);
    }

    /** Every row, for the export. */
    public List<LicenseOverview.Row> all(UUID companyId) {
        access.requireAdmin(companyId);
        List<LicenseOverview.Row> rows = new ArrayList<>();
        String cursor = null;
        do {
            LicenseOverview.Page page = read(companyId, PageRequest.of(EXPORT_BATCH, cursor));
            rows.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        return rows;
    }

    private LicenseOverview.Page read(UUID companyId, PageRequest page) {
        String sortKey = "coalesce(s.nextRenewalDate, s.activationDeadline)";
        StringBuilder jpql = new StringBuilder("from Subscription s where s.companyId = :company and s.status not in :hidden");
        Cursor after = page.after();
        if (after != null) {
            jpql.append(" and (").append(sortKey).append(", s.id) > (:afterDate, :afterId)");
        }
        jpql.append(" order by ").append(sortKey).append(", s.id");
        var query = em.createQuery(jpql.toString(), Subscription.class)
                .setParameter("company", companyId)
                .setParameter("hidden", SubscriptionService.HIDDEN_BY_DEFAULT)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("afterDate", date(after.key())).setParameter("afterId", after.id());
        }
        var slice = page.slice(query.getResultList(), s -> new Cursor(
                (s.nextRenewalDate != null ? s.nextRenewalDate : s.activationDeadline).toString(), s.id));

        CompanyInfo company = companies.find(companyId).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(company.zone()));
        List<UUID> ids = slice.items().stream().map(s -> s.id).toList();
        Map<UUID, List<String>> invoices = invoiceNumbers(companyId, ids);
        Map<UUID, OrderInvoices.OrderInvoice> bought = orders.forSubscriptions(companyId, ids);
        Map<UUID, List<SeatRoster.Holding>> holdings = seats.liveSeats(ids, today).stream()
                .collect(Collectors.groupingBy(SeatRoster.Holding::subscriptionId));

        var rows = slice.map(s -> {
            List<SeatRoster.Holding> held = holdings.getOrDefault(s.id, List.of());
            int used = (int) held.stream().filter(h -> h.covers(today)).count();
            OrderInvoices.OrderInvoice order = bought.get(s.id);
            List<String> numbers = new ArrayList<>();
            if (order != null && order.invoiceNumber() != null) {
                numbers.add(order.invoiceNumber());
            }
            numbers.addAll(invoices.getOrDefault(s.id, List.of()));
            boolean renews = s.autoRenew && s.status != SubscriptionStatus.NON_RENEWING;
            return new LicenseOverview.Row(s.id, s.number, s.productCode, s.productName, s.status, s.termStart,
                    s.termEnd, renews ? s.nextRenewalDate : null, s.licenseQuantity, used,
                    Math.max(0, s.licenseQuantity - used),
                    held.stream().map(h -> new LicenseOverview.Holder(h.email(), h.name(), h.validFrom(), h.validUntil(),
                            h.covers(today))).toList(),
                    numbers, order == null ? null : order.orderNumber());
        });
        return new LicenseOverview.Page(rows.items(), rows.next(), today);
    }

    private Map<UUID, List<String>> invoiceNumbers(UUID companyId, List<UUID> ids) {
        Map<UUID, List<String>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        em.createQuery("""
                        select i.subscriptionId, i.number from Invoice i
                         where i.subscriptionId in :ids and i.companyId = :company order by i.issuedAt, i.number
                        """, Object[].class)
                .setParameter("ids", ids)
                .setParameter("company", companyId)
                .getResultStream()
                .forEach(row -> byId.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return byId;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("cursor", Cursor.NOT_OURS);
        }
    }
}
