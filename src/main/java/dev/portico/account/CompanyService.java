package dev.portico.account;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.billing.BillingChecks;
import dev.portico.platform.http.EntityTags;
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

    /** A company for its members, and for back office (any company, to change its country). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(UUID companyId) {
        if (backOffice()) {
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
