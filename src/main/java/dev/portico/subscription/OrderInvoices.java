package dev.portico.subscription;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The order and its invoice that paid a subscription's first term in the shop — answered by the order feature, in one
 * query for a page of subscriptions.
 */
public interface OrderInvoices {

    /** The order number and its invoice number (null while none was issued). */
    record OrderInvoice(String orderNumber, String invoiceNumber) {
    }

    /** By subscription id, for those of {@code subscriptionIds} that {@code companyId} itself bought. */
    Map<UUID, OrderInvoice> forSubscriptions(UUID companyId, Collection<UUID> subscriptionIds);
}
