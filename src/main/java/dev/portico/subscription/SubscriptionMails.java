package dev.portico.subscription;

import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.platform.PorticoConfig;
import dev.portico.platform.outbox.MailOutbox;
import dev.portico.platform.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/** Queues the subscription mails to the subscription's admin, in their language. */
@ApplicationScoped
class SubscriptionMails {

    @Inject
    MailOutbox outbox;

    @Inject
    EntityManager em;

    @Inject
    PorticoConfig config;

    /** Template {@code subscription/<name>}; every template gets the subscription's facts. */
    void send(Subscription s, CompanyInfo company, String name, Map<String, Object> extra) {
        AppUser admin = s.adminUserId == null ? null : em.find(AppUser.class, s.adminUserId);
        sendTo(s, company, s.adminEmail, admin == null ? null : admin.locale, name, extra);
    }

    /** To someone other than the current admin (e.g. the previous one); {@code locale} null means the company's. */
    void sendTo(Subscription s, CompanyInfo company, String recipient, String recipientLocale, String name,
            Map<String, Object> extra) {
        String locale = recipientLocale != null ? recipientLocale : company.locale();
        Map<String, Object> data = new HashMap<>(extra);
        data.put("number", s.number);
        data.put("productName", s.productName);
        data.put("companyName", company.name());
        data.put("licenseQuantity", s.licenseQuantity);
        data.put("activationDeadline", s.activationDeadline.toString());
        data.put("nextRenewalDate", s.nextRenewalDate == null ? "" : s.nextRenewalDate.toString());
        data.put("poNumber", s.poNumber == null ? "—" : s.poNumber);
        data.put("subscriptionUrl", config.publicUrl() + "/subscriptions/" + s.id);
        outbox.enqueue("subscription/" + name, recipient, locale, data);
    }
}
