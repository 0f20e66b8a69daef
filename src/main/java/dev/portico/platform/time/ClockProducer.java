package dev.portico.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now". Code injects {@link Clock} instead of calling {@code Instant.now()} so that tests
 * can move time (activation deadlines, renewals, seat periods, mail retries).
 */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
