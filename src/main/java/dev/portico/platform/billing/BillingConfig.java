package dev.portico.platform.billing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How billing data is checked ({@code portico.billing.*}). */
@ConfigMapping(prefix = "portico.billing")
public interface BillingConfig {

    /** The online check of EU VAT numbers in the European Commission's VIES. */
    Vies vies();

    interface Vies {
        /**
         * Ask VIES whether a VAT number is registered (after its format and check digit passed). Default false: the
         * check goes outside the system, so it is switched on where the vendor wants it.
         */
        @WithDefault("false")
        boolean enabled();

        /** VIES' REST endpoint for checking a number. Default the European Commission's. */
        @WithDefault("https://ec.europa.eu/taxation_customs/vies/rest-api/check-vat-number")
        String url();

        /** How long to wait for VIES; when it does not answer in time the number is accepted. Default 5s. */
        @WithDefault("5s")
        Duration timeout();
    }
}
