package dev.portico.platform.invoice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The vendor as it appears on invoices ({@code portico.invoicing.*}). */
@ConfigMapping(prefix = "portico.invoicing")
public interface InvoicingConfig {

    /** The seller's legal name. */
    @WithDefault("Portico Demo Vendor GmbH")
    String sellerName();

    /** The seller's postal address, one line. */
    @WithDefault("Musterstraße 1, 10115 Berlin, Germany")
    String sellerAddress();

    /** The seller's VAT ID. */
    @WithDefault("DE000000000")
    String sellerTaxId();
}
