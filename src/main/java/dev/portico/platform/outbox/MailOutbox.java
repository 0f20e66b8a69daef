package dev.portico.platform.outbox;

import dev.portico.platform.PorticoConfig;
import dev.portico.platform.security.Locales;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Puts mails into the transactional outbox. A mail is rendered now, in the recipient's language, and stored
 * in the same transaction as the change that caused it: a rolled-back change sends nothing, and nothing is
 * lost while the SMTP server is down. {@link OutboxSender} delivers it after commit.
 *
 * <p>Templates live in {@code src/main/resources/templates/mail/<feature>/<name>.<locale>.html}; each defines
 * the hidden fragments {@code subject}, {@code html} and {@code text}.
 */
@ApplicationScoped
public class MailOutbox {

    @Inject
    Engine engine;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PorticoConfig config;

    /**
     * Renders and enqueues a mail.
     *
     * @param template e.g. {@code account/invitation}
     * @param locale   the recipient's language; unknown languages fall back to English
     * @param data     template data; {@code portalUrl} is added
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String template, String recipient, String locale, Map<String, Object> data) {
        Template source = find(template, Locales.closest(locale));
        Map<String, Object> all = new HashMap<>(data);
        all.put("portalUrl", config.publicUrl());

        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.recipient = recipient;
        message.subject = render(source, "subject", all).strip();
        message.htmlBody = render(source, "html", all);
        message.textBody = render(source, "text", all).strip();
        message.template = template;
        message.status = OutboxMessage.Status.PENDING;
        message.attempts = 0;
        message.createdAt = clock.instant();
        message.nextAttemptAt = message.createdAt;
        em.persist(message);
    }

    private Template find(String template, String locale) {
        Template source = engine.getTemplate("mail/" + template + "." + locale);
        if (source == null) {
            source = engine.getTemplate("mail/" + template + "." + Locales.DEFAULT);
        }
        if (source == null) {
            throw new IllegalStateException("No mail template " + template);
        }
        return source;
    }

    private static String render(Template template, String fragment, Map<String, Object> data) {
        TemplateInstance instance = template.getFragment(fragment).instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
