package dev.portico.platform.webhook;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook endpoints and their deliveries, for one owner: a company (its admins; the resource checked that) or the
 * vendor (back office and integrations). An endpoint of another owner answers 404 exactly like a missing one.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    /** Whose endpoints: a company's, or the vendor-wide ones ({@code companyId == null}). */
    public record Owner(UUID companyId) {

        public static Owner vendor() {
            return new Owner(null);
        }

        public static Owner company(UUID companyId) {
            return new Owner(companyId);
        }
    }

    /** An endpoint's view with its version, for the ETag. */
    public record Versioned(WebhookViews.EndpointView endpoint, long version) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookAddresses addresses;

    @Inject
    WebhookEvents events;

    @Inject
    WebhookConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookViews.EndpointPage list(Owner owner, PageRequest page) {
        StringBuilder jpql = new StringBuilder("from WebhookEndpoint e where ")
                .append(owner.companyId() == null ? "e.companyId is null" : "e.companyId = :company");
        Cursor after = page.after();
        if (after != null) {
            jpql.append(" and (e.createdAt, e.id) < (:afterTime, :afterId)");
        }
        jpql.append(" order by e.createdAt desc, e.id desc");
        var query = em.createQuery(jpql.toString(), WebhookEndpoint.class).setMaxResults(page.fetchSize());
        if (owner.companyId() != null) {
            query.setParameter("company", owner.companyId());
        }
        if (after != null) {
            query.setParameter("afterTime", after.instantKey()).setParameter("afterId", after.id());
        }
        var slice = page.slice(query.getResultList(), e -> new Cursor(e.createdAt.toString(), e.id));
        return new WebhookViews.EndpointPage(slice.items().stream().map(e -> view(e, null)).toList(), slice.next());
    }

    public Versioned create(Owner owner, WebhookViews.EndpointCreate request) {
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.companyId = owner.companyId();
        endpoint.url = checkedUrl(request.url(), "url");
        endpoint.description = blankToNull(request.description());
        endpoint.eventTypes = eventTypes(request.eventTypes());
        endpoint.enabled = request.enabled() == null || request.enabled();
        endpoint.disabledReason = endpoint.enabled ? null : "BY_USER";
        endpoint.secret = WebhookSigner.newSecret();
        endpoint.ownerId = currentUser.isIntegration() ? null : currentUser.id();
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        endpoint.version = 0;
        em.persist(endpoint);
        record(endpoint, "WEBHOOK_ENDPOINT_CREATED", "Registered the webhook endpoint " + endpoint.url);
        return new Versioned(view(endpoint, endpoint.secret), endpoint.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(Owner owner, UUID id) {
        WebhookEndpoint endpoint = find(owner, id, false);
        return new Versioned(view(endpoint, null), endpoint.version);
    }

    public Versioned update(Owner owner, UUID id, WebhookViews.EndpointUpdate request, String ifMatch) {
        WebhookEndpoint endpoint = find(owner, id, true);
        EntityTags.requireMatch(ifMatch, endpoint.version);
        List<String> changed = new ArrayList<>();
        if (request.url() != null && !request.url().equals(endpoint.url)) {
            endpoint.url = checkedUrl(request.url(), "url");
            changed.add("URL " + endpoint.url);
        }
        if (request.description() != null) {
            endpoint.description = blankToNull(request.description());
            changed.add("description");
        }
        if (request.eventTypes() != null) {
            endpoint.eventTypes = eventTypes(request.eventTypes());
            changed.add("event types " + (endpoint.eventTypes.isEmpty() ? "(all)" : endpoint.eventTypes));
        }
        if (request.enabled() != null && request.enabled() != endpoint.enabled) {
            endpoint.enabled = request.enabled();
            endpoint.disabledReason = endpoint.enabled ? null : "BY_USER";
            endpoint.failingSince = null;
            changed.add(endpoint.enabled ? "enabled" : "disabled");
        }
        if (!changed.isEmpty()) {
            endpoint.updatedAt = clock.instant();
            endpoint.version++;
            record(endpoint, "WEBHOOK_ENDPOINT_UPDATED", "Changed the webhook endpoint " + endpoint.url + ": "
                    + String.join(", ", changed));
        }
        return new Versioned(view(endpoint, null), endpoint.version);
    }

    public void delete(Owner owner, UUID id) {
        WebhookEndpoint endpoint = find(owner, id, true);
        record(endpoint, "WEBHOOK_ENDPOINT_DELETED", "Deleted the webhook endpoint " + endpoint.url);
        em.remove(endpoint);
    }

    /** A new secret; the previous one keeps signing alongside it for a day (receivers switch over meanwhile). */
    public Versioned rotateSecret(Owner owner, UUID id) {
        WebhookEndpoint endpoint = find(owner, id, true);
        Instant now = clock.instant();
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousSecretUntil = now.plus(config.previousSecretOverlap());
        endpoint.secret = WebhookSigner.newSecret();
        endpoint.updatedAt = now;
        endpoint.version++;
        record(endpoint, "WEBHOOK_SECRET_ROTATED", "Rotated the secret of the webhook endpoint " + endpoint.url);
        return new Versioned(view(endpoint, endpoint.secret), endpoint.version);
    }

    /** Queues a {@code webhook.test} event for this endpoint alone. */
    public WebhookViews.DeliveryView sendTest(Owner owner, UUID id) {
        WebhookEndpoint endpoint = find(owner, id, false);
        UUID delivery = events.emitTest(endpoint.id, endpoint.companyId);
        em.flush();
        return delivery(delivery);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookViews.DeliveryPage deliveries(Owner owner, UUID id, String status, PageRequest page) {
        find(owner, id, false);
        Cursor after = page.after();
        StringBuilder sql = new StringBuilder("""
                select d.id from webhook_delivery d where d.endpoint_id = :endpoint""");
        Map<String, Object> params = new HashMap<>();
        params.put("endpoint", id);
        if (status != null) {
            sql.append(" and d.status = :status");
            params.put("status", status);
        }
        if (after != null) {
            sql.append(" and (d.created_at, d.id) < (:afterTime, :afterId)");
            params.put("afterTime", after.instantKey());
            params.put("afterId", after.id());
        }
        sql.append(" order by d.created_at desc, d.id desc limit ").append(page.fetchSize());
        var query = em.createNativeQuery(sql.toString(), UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        List<WebhookViews.DeliveryView> views = deliveries(ids);
        var slice = page.slice(views, d -> new Cursor(d.createdAt().toString(), d.id()));
        return new WebhookViews.DeliveryPage(slice.items(), slice.next());
    }

    /** Sends one delivery again now, with a fresh schedule of attempts (its log keeps the earlier ones). */
    public WebhookViews.DeliveryView resend(Owner owner, UUID id, UUID deliveryId) {
        find(owner, id, false);
        int queued = em.createNativeQuery("""
                        update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
                         where id = :delivery and endpoint_id = :endpoint and status <> 'SENDING'
                        """)
                .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter("delivery", deliveryId)
                .setParameter("endpoint", id)
                .executeUpdate();
        if (queued == 0) {
            Number exists = (Number) em.createNativeQuery("select count(*) from webhook_delivery where id = :delivery and endpoint_id = :endpoint")
                    .setParameter("delivery", deliveryId)
                    .setParameter("endpoint", id)
                    .getSingleResult();
            if (exists.longValue() == 0) {
                throw new ProblemException(CommonProblem.NOT_FOUND, Message.of("detail.not-found.yours"), null, Map.of());
            }
            throw new ProblemException(WebhookProblem.DELIVERY_IN_PROGRESS,
                    "The delivery is being sent right now; its outcome shows in the log in a moment.");
        }
        return delivery(deliveryId);
    }

    /** Queues again every failed delivery of the endpoint created at or after {@code since}. */
    public WebhookViews.RecoveryResult recover(Owner owner, UUID id, Instant since) {
        WebhookEndpoint endpoint = find(owner, id, false);
        int requeued = em.createNativeQuery("""
                        update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = :now
                         where endpoint_id = :endpoint and status = 'FAILED' and created_at >= :since
                        """)
                .setParameter("now", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .setParameter("endpoint", id)
                .setParameter("since", since)
                .executeUpdate();
        record(endpoint, "WEBHOOK_DELIVERIES_RECOVERED", "Queued " + requeued + " failed deliveries of " + endpoint.url
                + " since " + since + " again");
        return new WebhookViews.RecoveryResult(requeued);
    }

    private WebhookViews.DeliveryView delivery(UUID deliveryId) {
        return deliveries(List.of(deliveryId)).get(0);
    }

    /** The deliveries with their latest attempts, in the order of the ids: two statements for any number. */
    private List<WebhookViews.DeliveryView> deliveries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = em.createNativeQuery("""
                        select delivery_id, attempted_at, response_status, duration_ms, response_body, error from (
                            select a.*, row_number() over (partition by delivery_id order by attempted_at desc, id desc) n
                              from webhook_attempt a where a.delivery_id in (:ids)) t
                         where n <= 10 order by delivery_id, attempted_at desc, n
                        """)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, List<WebhookViews.AttemptView>> log = new HashMap<>();
        for (Object[] a : attempts) {
            log.computeIfAbsent((UUID) a[0], k -> new ArrayList<>()).add(new WebhookViews.AttemptView(
                    instant(a[1]), a[2] == null ? null : ((Number) a[2]).intValue(), ((Number) a[3]).intValue(),
                    (String) a[4], (String) a[5]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.event_id, v.type, d.status, d.attempts, d.created_at, d.next_attempt_at,
                               d.delivered_at, d.last_status, d.last_error, v.payload
                          from webhook_delivery d join webhook_event v on v.id = d.event_id where d.id in (:ids)
                        """)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, WebhookViews.DeliveryView> byId = new HashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            String status = (String) r[3];
            byId.put(id, new WebhookViews.DeliveryView(id, (UUID) r[1], (String) r[2], status,
                    ((Number) r[4]).intValue(), instant(r[5]), "PENDING".equals(status) ? instant(r[6]) : null,
                    instant(r[7]), r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], (String) r[10],
                    log.getOrDefault(id, List.of())));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private WebhookEndpoint find(Owner owner, UUID id, boolean lock) {
        WebhookEndpoint endpoint = lock ? em.find(WebhookEndpoint.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(WebhookEndpoint.class, id);
        if (endpoint == null || !java.util.Objects.equals(endpoint.companyId, owner.companyId())) {
            throw new ProblemException(CommonProblem.NOT_FOUND, Message.of("detail.not-found.yours"), null, Map.of());
        }
        return endpoint;
    }

    private String checkedUrl(String url, String field) {
        try {
            addresses.guard().check(url);
        } catch (AddressGuard.Refused refused) {
            throw new ProblemException(WebhookProblem.URL_NOT_ALLOWED, Message.of("detail.field", field,
                    Message.literal(refused.reason())),
                    List.of(new dev.portico.platform.problem.FieldMessage(field, Message.literal(refused.reason()))),
                    Map.of());
        }
        return url;
    }

    private static String eventTypes(List<String> types) {
        if (types == null) {
            return "";
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (!WebhookEventType.subscribable().contains(type)) {
                throw ProblemException.invalid("eventTypes[" + i + "]", Message.of("field.one-of",
                        String.join(", ", WebhookEventType.subscribable())));
            }
            unique.add(type);
        }
        return String.join(",", unique);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void record(WebhookEndpoint endpoint, String action, String summary) {
        audit.record(currentUser.actor(), endpoint.companyId, "WEBHOOK_ENDPOINT", endpoint.id, action, summary);
    }

    static WebhookViews.EndpointView view(WebhookEndpoint e, String secret) {
        return new WebhookViews.EndpointView(e.id, e.companyId, e.url, e.description, e.eventTypeList(), e.enabled,
                e.disabledReason, e.failingSince, e.previousSecretUntil, secret, e.createdAt, e.updatedAt);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    static String etag(long version) {
        return EntityTags.of(version).toString();
    }
}
