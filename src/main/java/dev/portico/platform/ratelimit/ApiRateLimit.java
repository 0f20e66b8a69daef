package dev.portico.platform.ratelimit;

import dev.portico.platform.PorticoConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every caller's budget of {@code portico.api-rate-limit.requests} per {@code period} on this app instance, in memory:
 * cheap enough for every request. The operations that must hold across instances (contract claims, invitations)
 * have their own limits in PostgreSQL ({@link RateLimiter}). {@link ApiRateLimitFilter} applies it.
 */
@ApplicationScoped
public class ApiRateLimit {

    /** Beyond this many callers at once, new ones share one bucket until the idle ones are swept. */
    static final int MAX_CALLERS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    PorticoConfig config;

    /** Takes one request from the caller's budget. */
    public ConsumptionProbe take(String caller) {
        String key = buckets.size() >= MAX_CALLERS && !buckets.containsKey(caller) ? "overflow" : caller;
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(limit()).refillGreedy(limit(), config.apiRateLimit().period()))
                        .build())
                .tryConsumeAndReturnRemaining(1);
    }

    public int limit() {
        return config.apiRateLimit().requests();
    }

    public long periodSeconds() {
        return config.apiRateLimit().period().toSeconds();
    }

    /** Forgets callers whose bucket is full again: they have been idle for a whole period. */
    @Scheduled(every = "5m", identity = "api-rate-limit-sweep")
    void sweep() {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limit());
    }
}
