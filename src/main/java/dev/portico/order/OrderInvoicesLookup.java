package dev.portico.order;

import dev.portico.subscription.OrderInvoices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The order feature's answer to {@link OrderInvoices}. Only the company's own orders count: a subscription a reseller
 * bought and handed to an end customer was invoiced to the reseller, and that invoice is not the customer's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderInvoicesLookup implements OrderInvoices {

    @Inject
    EntityManager em;

    @Override
    public Map<UUID, OrderInvoice> forSubscriptions(UUID companyId, Collection<UUID> subscriptionIds) {
        Map<UUID, OrderInvoice> byId = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return byId;
        }
        em.createQuery("""
                        select i.subscriptionId, o.number, o.invoiceNumber from OrderItem i, CustomerOrder o
                         where o.id = i.orderId and i.subscriptionId in :ids and o.companyId = :company
                        """, Object[].class)
                .setParameter("ids", subscriptionIds)
                .setParameter("company", companyId)
                .getResultStream()
                .forEach(row -> byId.put((UUID) row[0], new OrderInvoice((String) row[1], (String) row[2])));
        return byId;
    }
}
