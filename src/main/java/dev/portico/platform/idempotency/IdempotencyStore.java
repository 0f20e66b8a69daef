package dev.portico.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code idempotency_record} table. Each method runs in its own transaction, apart from the business
 * transaction, so that a concurrent request with the same key sees the claim at once.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A claim older than this whose request never finished (a crashed instance) may be taken over. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    /** How long a key is remembered. */
    static final Duration RETENTION = Duration.ofHours(24);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** What the store knows about a key when a request arrives. */
    public sealed interface Claim {
        record Granted() implements Claim { }

        record InProgress() implements Claim { }

        record Mismatch() implements Claim { }

        record Completed(int status, String body, String headers) implements Claim { }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("""
                        insert into idempotency_record (scope, idempotency_key, request_hash, status, created_at)
                        values (:scope, :key, :hash, 'IN_PROGRESS', :now)
                        on conflict (scope, idempotency_key) do update
                           set request_hash = excluded.request_hash, status = 'IN_PROGRESS', created_at = excluded.created_at,
                               response_status = null, response_body = null, response_headers = null, completed_at = null
                         where (idempotency_record.status = 'IN_PROGRESS' and idempotency_record.created_at < :stale)
                            or idempotency_record.created_at < :expired
                        """)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .setParameter("expired", now.minus(RETENTION))
                .executeUpdate();
        if (inserted == 1) {
            return new Claim.Granted();
        }
        List<?> rows = em.createNativeQuery("""
                        select request_hash, status, response_status, response_body, response_headers
                          from idempotency_record where scope = :scope and idempotency_key = :key
                        """)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            // Released between our insert attempt and the read: the caller may simply retry.
            return new Claim.InProgress();
        }
        Object[] row = (Object[]) rows.get(0);
        if (!requestHash.equals(row[0])) {
            return new Claim.Mismatch();
        }
        if ("IN_PROGRESS".equals(row[1])) {
            return new Claim.InProgress();
        }
        return new Claim.Completed(((Number) row[2]).intValue(), (String) row[3], (String) row[4]);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String scope, String key, int status, String body, String headers) {
        em.createNativeQuery("""
                        update idempotency_record
                           set status = 'COMPLETED', response_status = :status, response_body = :body,
                               response_headers = :headers, completed_at = :now
                         where scope = :scope and idempotency_key = :key
                        """)
                .setParameter("status", status)
                .setParameter("body", body)
                .setParameter("headers", headers)
                .setParameter("now", clock.instant())
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Forgets a claim whose request failed, so that the client can retry with the same key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String scope, String key) {
        em.createNativeQuery("delete from idempotency_record where scope = :scope and idempotency_key = :key")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** Deletes remembered keys past their retention. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired() {
        return em.createNativeQuery("delete from idempotency_record where created_at < :expired")
                .setParameter("expired", clock.instant().minus(RETENTION))
                .executeUpdate();
    }
}
