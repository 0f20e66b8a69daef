package dev.portico.platform.input;

import dev.portico.platform.outbox.MailHeaders;

/**
 * The one rule for the email addresses of every form that takes one (invitations, seats, CCs, admin transfers,
 * associations, CSV imports): a single plain address that the mail layer delivers ({@link MailHeaders#singleAddress}),
 * with a dot in its domain. What one form accepts, no other refuses, and none accepts an address no mail can reach.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** Whether Portico accepts {@code address} (surrounding blanks aside, as every form strips them). */
    public static boolean valid(String address) {
        if (address == null) {
            return false;
        }
        String stripped = address.strip();
        int at = stripped.lastIndexOf('@');
        return MailHeaders.singleAddress(stripped).isPresent() && at > 0 && stripped.indexOf('.', at) > at + 1
                && !stripped.endsWith(".") && stripped.charAt(at + 1) != '['; // a host name, never an IP literal
    }
}
