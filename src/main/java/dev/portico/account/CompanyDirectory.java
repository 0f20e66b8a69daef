package dev.portico.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What other features may know about a company: its name, language, time zone, kind and billing details. No access check — callers
 * check access with {@code CompanyAccess} first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompanyDirectory {

    /** A company's public facts. */
    public record CompanyInfo(UUID id, String name, String locale, ZoneId zone, String country, String taxId,
            CompanyKind kind, String street, String postalCode, String city) {
    }

    @Inject
    EntityManager em;

    public Optional<CompanyInfo> find(UUID id) {
        return Optional.ofNullable(em.find(Company.class, id)).map(CompanyDirectory::info);
    }

    public Map<UUID, CompanyInfo> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from Company where id in :ids", Company.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(c -> c.id, CompanyDirectory::info));
    }

    private static CompanyInfo info(Company company) {
        return new CompanyInfo(company.id, company.name, company.locale, ZoneId.of(company.timeZone), company.country,
                company.taxId, company.kind, company.street, company.postalCode, company.city);
    }
}
