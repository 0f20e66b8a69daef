package dev.portico.account;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.MembershipRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Finds the company a person acts for, or creates one with them as its admin — for people who receive something
 * (an associated subscription, a claimed contract) before they belong to any company.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompanyProvisioning {

    /** The details of a company to create when the person has none. */
    public record NewCompany(String name, String country, String taxId, String timeZone) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    dev.portico.platform.security.CompanyAccess access;

    /** The company the person administers (the oldest membership first), else one they belong to, else a new one. */
    public UUID homeCompanyOf(AppUser person, NewCompany fallback) {
        List<UUID> existing = em.createQuery("""
                        select m.companyId from Membership m where m.userId = :user
                        order by case when m.role = :admin then 0 else 1 end, m.joinedAt, m.id""", UUID.class)
                .setParameter("user", person.id)
                .setParameter("admin", MembershipRole.ADMIN)
                .setMaxResults(1)
                .getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Instant now = clock.instant();
        Company company = new Company();
        company.id = UUID.randomUUID();
        company.name = fallback.name();
        company.country = fallback.country();
        company.taxId = fallback.taxId();
        company.locale = person.locale;
        company.timeZone = fallback.timeZone();
        company.kind = CompanyKind.CUSTOMER;
        company.createdAt = now;
        company.updatedAt = now;
        em.persist(company);
        em.persist(Membership.of(company.id, person.id, MembershipRole.ADMIN, now));
        access.forget();
        audit.record(person, company.id, "COMPANY", company.id, "COMPANY_CREATED",
                "Created the company " + company.name + " for " + person.email + ", its first admin");
        return company.id;
    }
}
