package dev.portico.seat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of license seats ({@code portico.seats.*}). */
@ConfigMapping(prefix = "portico.seats")
public interface SeatConfig {

    /** Days before a seat's last day on which its holder is told it ends. Default 7. */
    @WithDefault("7")
    int endingSoonDays();

    /** How often the seat notice job runs ("off" disables it). Default 1h. */
    @WithDefault("1h")
    String jobInterval();
}
