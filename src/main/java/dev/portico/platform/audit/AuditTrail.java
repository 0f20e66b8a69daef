package dev.portico.platform.audit;

import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.security.AppUser;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Records state changes in the same transaction as the change, and reads a company's trail back. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records one change. Must run inside the transaction that makes the change, so that a rolled-back change
     * leaves no audit event.
     *
     * @param actor the person who did it, or {@code null} for the system (scheduled jobs)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CurrentUser.Actor actor, UUID companyId, String resourceType, Object resourceId, String action,
            String summary) {
        record(actor.userId(), actor.name(), companyId, resourceType, resourceId, action, summary);
    }

    public void record(AppUser actor, UUID companyId, String resourceType, Object resourceId, String action,
            String summary) {
        record(actor == null ? null : actor.id, actor == null ? "Portico" : actor.displayName(), companyId,
                resourceType, resourceId, action, summary);
    }

    /** Records one change by an actor who is not a person with a user record (an integration, a job). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID actorId, String actorName, UUID companyId, String resourceType, Object resourceId,
            String action, String summary) {
        AuditEventEntity event = new AuditEventEntity();
        event.id = UUID.randomUUID();
        event.occurredAt = clock.instant();
        event.actorId = actorId;
        event.actorName = actorName;
        event.companyId = companyId;
        event.resourceType = resourceType;
        event.resourceId = resourceId == null ? null : resourceId.toString();
        event.action = action;
        event.summary = summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
        em.persist(event);
    }

    /** A company's events, newest first, optionally filtered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageRequest.Slice<AuditEventEntity> list(UUID companyId, AuditFilter filter, PageRequest page) {
        StringBuilder jpql = new StringBuilder("from AuditEventEntity e where e.companyId = :company");
        Map<String, Object> params = new HashMap<>();
        params.put("company", companyId);
        if (filter.action() != null) {
            jpql.append(" and e.action = :action");
            params.put("action", filter.action());
        }
        if (filter.resourceType() != null) {
            jpql.append(" and e.resourceType = :resourceType");
            params.put("resourceType", filter.resourceType());
        }
        if (filter.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and e.occurredAt < :to");
            params.put("to", filter.to());
        }
        Cursor after = page.after();
        if (after != null) {
            jpql.append(" and (e.occurredAt, e.id) < (:afterTime, :afterId)");
            params.put("afterTime", after.instantKey());
            params.put("afterId", after.id());
        }
        jpql.append(" order by e.occurredAt desc, e.id desc");
        TypedQuery<AuditEventEntity> query = em.createQuery(jpql.toString(), AuditEventEntity.class)
                .setMaxResults(page.fetchSize());
        params.forEach(query::setParameter);
        return page.slice(query.getResultList(), e -> new Cursor(e.occurredAt.toString(), e.id));
    }

    /** Optional filters of the audit trail; {@code to} is exclusive. */
    public record AuditFilter(String action, String resourceType, Instant from, Instant to) {
    }
}
