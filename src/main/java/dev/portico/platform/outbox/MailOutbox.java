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
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Puts mails into the transactional outbox. A mail is rendered now, in the recipient's language, and stored
 * in the same transaction as the change that caused it: a rolled-back change sends nothing, and nothing is
 * lost while the SMTP server is down. {@link OutboxSender} delivers it after commit.
 *
 * <p>Header values are made safe here, whatever the data: the subject is one line (see {@link MailHeaders}), and a
 * recipient that is not exactly one valid address is stored FAILED instead of being sent.
 *
 * <p>Templates live in {@code src/main/resources/templates/mail/<feature>/<name>.<locale>.html}; each defines
 * the hidden fragments {@code subject}, {@code html} and {@code text}.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    static final String NOT_AN_ADDRESS = "The recipient is not one valid email address";

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
        message.subject = MailHeaders.subject(render(source, "subject", all));
        // NUL has no place in a mail (nor in a PostgreSQL text): it must not fail the change that mails
        message.htmlBody = render(source, "html", all).replace("\u0000", "");
        message.textBody = render(source, "text", all).replace("\u0000", "").strip();
        message.template = template;
        message.status = OutboxMessage.Status.PENDING;
        message.attempts = 0;
        message.createdAt = clock.instant();
        message.nextAttemptAt = message.createdAt;
        Optional<String> address = MailHeaders.singleAddress(recipient);
        if (address.isPresent()) {
            message.recipient = address.get();
        } else {
            // Data that got in must not break the change that mails it, nor reach an SMTP command: kept, never sent.
            message.recipient = MailHeaders.singleLine(recipient);
            if (message.recipient.length() > MailHeaders.MAX_ADDRESS_LENGTH) {
                message.recipient = message.recipient.substring(0, MailHeaders.MAX_ADDRESS_LENGTH);
            }
            message.status = OutboxMessage.Status.FAILED;
            message.lastError = NOT_AN_ADDRESS;
            LOG.warnf("Mail %s (%s) not queued for sending: the recipient is not one valid address", message.id, template);
        }
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
