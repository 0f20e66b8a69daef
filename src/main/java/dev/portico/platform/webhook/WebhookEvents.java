package dev.portico.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.platform.PorticoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How features tell the world what changed: {@link #emit} writes the event, and one delivery for each enabled endpoint
 * that wants it (the company's own endpoints and the vendor-wide ones), in the transaction of the change — a
 * rolled-back change sends nothing, and nothing is lost while a receiver is down. {@link WebhookSender} delivers after
 * commit. With no endpoint that wants the event nothing is written at all.
 *
 * <p>Events are thin: the resource's id, its company, the fields that changed and a link to the resource, so that
 * receivers fetch the current state (and an event that arrives late never overwrites newer data).
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    PorticoConfig config;

    /**
     * Emits one event in the caller's transaction.
     *
     * @param companyId the company the event belongs to (its endpoints get it), or {@code null} for vendor-wide
     *                  endpoints only
     * @param resource  the resource's path under {@code /api/v1}, e.g. {@code seats/<id>}; becomes {@code link}
     * @param fields    the type's fields ({@link WebhookEventType#fields()}); {@code null} values are written as null
     * @return the event's id (the {@code webhook-id}), or {@code null} when no endpoint wanted it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(WebhookEventType type, UUID companyId, UUID resourceId, String resource, Map<String, ?> fields) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String payload = payload(type, now, companyId, resourceId, resource, fields);
        int deliveries = em.createNativeQuery("""
                        with targets as (
                            select e.id from webhook_endpoint e
                             where e.enabled
                               and (e.company_id is null or e.company_id = cast(:company as uuid))
                               and (e.event_types = '' or position(',' || :type || ',' in ',' || e.event_types || ',') > 0)),
                        event as (
                            insert into webhook_event (id, type, company_id, occurred_at, payload)
                            select :id, :type, cast(:company as uuid), :now, :payload where exists (select 1 from targets)
                            returning id)
                        insert into webhook_delivery (id, event_id, endpoint_id, status, attempts, next_attempt_at, created_at)
                        select gen_random_uuid(), event.id, targets.id, 'PENDING', 0, :now, :now from event, targets
                        """)
                .setParameter("id", id)
                .setParameter("type", type.value())
                .setParameter("company", companyId == null ? null : companyId.toString())
                .setParameter("now", now)
                .setParameter("payload", payload)
                .executeUpdate();
        return deliveries == 0 ? null : id;
    }

    /** A test event for one endpoint, whatever its filter and state; returns the delivery's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID emitTest(UUID endpointId, UUID companyId) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String payload = payload(WebhookEventType.WEBHOOK_TEST, now, companyId, endpointId,
                companyId == null ? "webhook-endpoints/" + endpointId
                        : "companies/" + companyId + "/webhook-endpoints/" + endpointId,
                Map.of("endpointId", endpointId));
        em.createNativeQuery("insert into webhook_event (id, type, company_id, occurred_at, payload) values (:id, :type, :company, :now, :payload)")
                .setParameter("id", id)
                .setParameter("type", WebhookEventType.WEBHOOK_TEST.value())
                .setParameter("company", companyId)
                .setParameter("now", now)
                .setParameter("payload", payload)
                .executeUpdate();
        UUID delivery = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into webhook_delivery (id, event_id, endpoint_id, status, attempts, next_attempt_at, created_at)
                        values (:delivery, :event, :endpoint, 'PENDING', 0, :now, :now)
                        """)
                .setParameter("delivery", delivery)
                .setParameter("event", id)
                .setParameter("endpoint", endpointId)
                .setParameter("now", now)
                .executeUpdate();
        return delivery;
    }

    /** Name-value pairs in order, nulls allowed: {@code fields("email", e, "validUntil", null)}. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private String payload(WebhookEventType type, Instant now, UUID companyId, UUID resourceId, String resource,
            Map<String, ?> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", resourceId);
        data.put("companyId", companyId);
        data.putAll(fields);
        data.put("link", config.publicUrl().replaceAll("/+$", "") + "/api/v1/" + resource);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.value());
        body.put("timestamp", now.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Webhook payload of " + type.value() + " cannot be written", e);
        }
    }
}
