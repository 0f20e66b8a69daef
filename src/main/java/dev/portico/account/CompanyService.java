package dev.portico.account;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
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
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Reads and changes a company's details, for its members and admins. */
@ApplicationScoped
@Transactional
public class CompanyService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(UUID companyId) {
        access.requireMember(companyId);
        Company company = em.find(Company.class, companyId);
        return new Versioned(CompanyView.of(company, access.isAdmin(companyId)), company.version);
    }

    public Versioned update(UUID companyId, CompanyUpdate update, String ifMatch) {
        access.requireAdmin(companyId);
        Company company = em.find(Company.class, companyId, LockModeType.PESSIMISTIC_WRITE);
        EntityTags.requireMatch(ifMatch, company.version);
        if (update.country() != null && !COUNTRIES.contains(update.country())) {
            throw ProblemException.invalid("country", "is not an ISO 3166 country code");
        }
        if (update.timeZone() != null) {
            try {
                ZoneId.of(update.timeZone());
            } catch (DateTimeException e) {
                throw ProblemException.invalid("timeZone", "must be an IANA time zone such as Europe/Berlin");
            }
        }
        List<String> changed = new ArrayList<>();
        if (update.name() != null && !update.name().strip().equals(company.name)) {
            company.name = update.name().strip();
            changed.add("name");
        }
        if (update.country() != null && !update.country().equals(company.country)) {
            company.country = update.country();
            changed.add("country");
        }
        if (update.taxId() != null && !update.taxId().strip().equals(company.taxId == null ? "" : company.taxId)) {
            company.taxId = update.taxId().isBlank() ? null : update.taxId().strip();
            changed.add("tax ID");
        }
        company.street = changed(update.street(), company.street, "street", changed);
        company.postalCode = changed(update.postalCode(), company.postalCode, "postal code", changed);
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
