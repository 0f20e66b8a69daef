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

    /** Attachments one person may upload per {@link #attachmentUploadWindow()} (default 30); 429 beyond. */
    @WithDefault("30")
    int attachmentUploads();

    /** The window of the upload limit (default 1 hour). */
    @WithDefault("1h")
    Duration attachmentUploadWindow();

    /** Bytes of uploads one person may hold that are not attached to a ticket yet (default 100M); 422 beyond. */
    @WithDefault("100M")
    MemorySize unattachedQuota();

    /** How long an upload may stay unattached before it is deleted, file and row (default 24 hours). */
    @WithDefault("24h")
    Duration unattachedRetention();

    /** How often unattached uploads past their retention are purged ("off" disables it; default 1h). */
    @WithDefault("1h")
    String attachmentPurgeInterval();
}
