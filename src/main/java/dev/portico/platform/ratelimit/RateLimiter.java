package dev.portico.platform.ratelimit;

import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Token-bucket rate limits shared by every app instance: the buckets live in PostgreSQL
 * ({@code rate_limit_bucket}, row locks), kept by Bucket4j. A refused attempt answers 429 with Retry-After.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    private ProxyManager<String> buckets;

    @PostConstruct
    void init() {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .clientClock(time)
                .build();
    }

    /**
     * Takes one attempt from the bucket {@code key}, which allows {@code capacity} attempts per {@code period}
     * (refilled gradually). Runs in its own transaction so that a refused or rolled-back request still counts.
     *
     * @throws ProblemException 429 when the bucket is empty
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void consume(String key, int capacity, Duration period, String whatIsLimited) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new ProblemException(CommonProblem.RATE_LIMITED,
                    "You reached the limit of " + capacity + " " + whatIsLimited + " per "
                            + humanize(period) + ". Try again in " + seconds + " seconds.",
                    null, Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    private static String humanize(Duration period) {
        if (period.toHours() >= 1 && period.toMinutesPart() == 0) {
            return period.toHours() == 1 ? "hour" : period.toHours() + " hours";
        }
        return period.toMinutes() == 1 ? "minute" : period.toMinutes() + " minutes";
    }
}
