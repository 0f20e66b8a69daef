package dev.portico.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.quarkus.runtime.configuration.MemorySize;
import java.time.Duration;

/** Support settings ({@code portico.support.*}). */
@ConfigMapping(prefix = "portico.support")
public interface SupportConfig {

    /** Contract claims one person may attempt per {@link #claimWindow()} (default 5). */
    @WithDefault("5")
    int claimAttempts();

    /** The window of the claim limits (default 15 minutes). */
    @WithDefault("15m")
    Duration claimWindow();

    /** Claims anyone may attempt on one contract number, and on one tax ID, per {@link #claimWindow()} (default 10). */
    @WithDefault("10")
    int claimAttemptsPerContract();

    /** The largest attachment accepted (default 20M); larger uploads answer 413. */
    @WithDefault("20M")
    MemorySize attachmentMaxSize();

    /** CC addresses a ticket may have (default 10). */
    @WithDefault("10")
    int maxCc();
}
