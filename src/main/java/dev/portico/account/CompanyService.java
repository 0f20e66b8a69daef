package dev.portico.account;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.billing.BillingChecks;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.Map;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Reads and changes a company's details, for its members and admins. */
@ApplicationScoped
@Transactional
public class CompanyService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    BillingChecks billingChecks;

    @Inject
    EntityManager em;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A company with its version (for the ETag). */
    public record Versioned(CompanyView company, long version) {
    }

    /** A company for its members, and for the vendor's staff (any company: back office changes its country). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(UUID companyId) {
        if (backOffice() || currentUser.hasRole(Roles.SUPPORT_AGENT)) {
            Company company = em.find(Company.class, companyId);
            if (company == null) {
                throw ProblemException.notFound("Company " + companyId);
            }
            return new Versioned(CompanyView.of(company, false), company.version);
        }
        access.requireMember(companyId);
        Company company = em.find(Company.class, companyId);
        return new Versioned(CompanyView.of(company, access.isAdmin(companyId)), company.version);
    }

    /**
     * A company admin changes the company's details — all but its country: the country is the tax country, which picks
     * the price list and the VAT rate and is printed on invoices, so back office changes it ({@link #changeCountry}).
     */
    public Versioned update(UUID companyId, CompanyUpdate update, String ifMatch) {
        access.requireAdmin(companyId);
        Company company = em.find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, company.version);
        if (update.country() != null && !update.country().equals(company.country)) {
            throw ProblemException.invalid("country", "is the company's tax country, which decides its prices and VAT: "
                    + "the vendor changes it — contact support");
        }
        if (update.timeZone() != null) {
            try {
                ZoneId.of(update.timeZone());
            } catch (DateTimeException e) {
                throw ProblemException.invalid("timeZone", Message.of("field.time-zone"));
            }
        }
        BillingChecks.Checked billing = billingChecks.check(company.country, "taxId", update.taxId(), "postalCode",
                update.postalCode());
        List<String> changed = new ArrayList<>();
        if (update.name() != null && !update.name().strip().equals(company.name)) {
            company.name = update.name().strip();
            changed.add("name");
        }
        if (update.taxId() != null && !Objects.equals(billing.taxId(), company.taxId)) {
            company.taxId = billing.taxId();
            changed.add("tax ID");
        }
        company.street = changed(update.street(), company.street, "street", changed);
        company.postalCode = changed(update.postalCode() == null ? null : billing.postalCode() == null ? ""
                : billing.postalCode(), company.postalCode, "postal code", changed);
        company.city = changed(update.city(), company.city, "city", changed);
        if (update.locale() != null && !update.locale().equals(company.locale)) {
            company.locale = update.locale();
            changed.add("language");
        }
        if (update.timeZone() != null && !update.timeZone().equals(company.timeZone)) {
            company.timeZone = update.timeZone();
            changed.add("time zone");
        }
        if (!changed.isEmpty()) {
            company.updatedAt = clock.instant();
            audit.record(currentUser.get(), companyId, "COMPANY", companyId, "COMPANY_UPDATED",
                    "Changed the company's " + String.join(", ", changed));
            em.flush();
        }
        return new Versioned(CompanyView.of(company, true), company.version);
    }

    /**
     * Back office changes a company's tax country (If-Match like the company update): its carts are priced, and its next
     * invoices issued, for the new country from now on; invoices already issued keep theirs.
     */
    public Versioned changeCountry(UUID companyId, String country, String ifMatch) {
        Company company = em.find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
        if (company == null) {
            throw ProblemException.notFound("Company " + companyId);
        }
        EntityTags.requireMatch(ifMatch, company.version);
        if (!COUNTRIES.contains(country)) {
            throw ProblemException.invalid("country", "is not an ISO 3166 country code");
        }
        if (!country.equals(company.country)) {
            String previous = company.country;
            company.country = country;
            company.updatedAt = clock.instant();
            audit.record(currentUser.get(), companyId, "COMPANY", companyId, "COMPANY_COUNTRY_CHANGED",
                    "Changed the company's tax country from " + previous + " to " + country + " (back office)");
            em.flush();
        }
        return new Versioned(CompanyView.of(company, false), company.version);
    }

    /**
     * Companies whose name (any case) or tax ID (letters and digits compared) contains the text, by name then id — for
     * the vendor's staff, who may see every company. One statement, along {@code company_name_order} from the cursor on;
     * the text is matched by the trigram indexes of V22.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public CompanySearchView.Page search(String text, PageRequest page) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String taxId = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        StringBuilder sql = new StringBuilder("select id, name, tax_id, country, kind, lower(name) from company where true");
        Map<String, Object> params = new HashMap<>();
        if (!name.isEmpty()) {
            sql.append(" and (lower(name) like :name escape '\\'");
            params.put("name", "%" + likeEscaped(name) + "%");
            if (!taxId.isEmpty()) {
                sql.append(" or regexp_replace(upper(tax_id), '[^A-Z0-9]', '', 'g') like :taxId");
                params.put("taxId", "%" + taxId + "%");
            }
            sql.append(")");
        }
        Cursor after = page.after();
        if (after != null) {
            sql.append(" and (lower(name), id) > (:afterName, :afterId)");
            params.put("afterName", after.key());
            params.put("afterId", after.id());
        }
        sql.append(" order by lower(name), id limit :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("limit", page.fetchSize());
        params.forEach(query::setParameter);
        // the cursor keeps the database's lower(name), so that the next page continues in the database's own order
        var slice = page.slice((List<Object[]>) query.getResultList(), row -> new Cursor((String) row[5], (UUID) row[0]));
        return new CompanySearchView.Page(slice.items().stream()
                .map(row -> new CompanySearchView((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                        CompanyKind.valueOf((String) row[4])))
                .toList(), slice.next());
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private boolean backOffice() {
        return currentUser.hasRole(Roles.BACKOFFICE);
    }

    /** The new value of an optional text field (absent: unchanged, blank: cleared), noting a change by name. */
    private static String changed(String requested, String current, String name, List<String> changed) {
        if (requested == null) {
            return current;
        }
        String value = requested.isBlank() ? null : requested.strip();
        if (!java.util.Objects.equals(value, current)) {
            changed.add(name);
        }
        return value;
    }
}
