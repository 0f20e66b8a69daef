package dev.portico.platform.billing;

/**
 * The seam to an online register of VAT numbers (VIES in the EU). Called only for numbers whose format and check digit
 * passed; implementations never throw: a register that cannot be asked answers {@link Answer#UNKNOWN}, and the number
 * is then accepted (a checkout is not refused because a tax authority's server is down).
 */
public interface VatRegistry {

    enum Answer { REGISTERED, NOT_REGISTERED, UNKNOWN }

    /**
     * @param prefix the VAT prefix of the member state (EL for Greece)
     * @param number the number without the prefix, compact
     */
    Answer lookUp(String prefix, String number);
}
