package dev.portico.platform.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and answers of the webhook API. */
public final class WebhookViews {

    private WebhookViews() {
    }

    static final String EVENT_TYPE = "^[a-z_]{1,40}\\.[a-z_]{1,40}$";

    @Schema(name = "WebhookEndpointCreate")
    public record EndpointCreate(
            @NotBlank @Size(max = 2000) @Schema(description = "https URL the events are posted to; its addresses must be public", examples = "https://erp.example.com/portico/webhooks") String url,
            @Size(max = 500) String description,
            @Size(max = 40) @Schema(description = "Event types it gets; empty or missing for every type") List<@NotNull @Pattern(regexp = EVENT_TYPE) String> eventTypes,
            @Schema(description = "Whether events are delivered; default true") Boolean enabled) {
    }

    @Schema(name = "WebhookEndpointUpdate", description = "Changes; a missing field stays as it is")
    public record EndpointUpdate(
            @Size(min = 1, max = 2000) String url,
            @Size(max = 500) String description,
            @Size(max = 40) List<@NotNull @Pattern(regexp = EVENT_TYPE) String> eventTypes,
            Boolean enabled) {
    }

    @Schema(name = "WebhookEndpoint")
    public record EndpointView(
            @NotNull UUID id,
            @Schema(description = "The company whose events it gets; null for a vendor-wide endpoint") UUID companyId,
            @NotNull String url,
            String description,
            @NotNull @Schema(description = "Event types it gets; empty for every type") List<String> eventTypes,
            @NotNull Boolean enabled,
            @Schema(description = "Why it is disabled: BY_USER, GONE (the receiver answered 410) or FAILING (no success for 5 days)") String disabledReason,
            @Schema(description = "Since when every delivery failed; null after a success") Instant failingSince,
            @Schema(description = "Until when the previous secret still signs alongside the current one") Instant previousSecretUntil,
            @Schema(description = "The signing secret (whsec_…): only in the answer that created or rotated it") String secret,
            @NotNull Instant createdAt,
            @NotNull Instant updatedAt) {
    }

    @Schema(name = "WebhookEndpointPage")
    public record EndpointPage(@NotNull List<EndpointView> items, String next) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(
            @NotNull Instant attemptedAt,
            @Schema(description = "The receiver's HTTP status; null when there was no answer") Integer responseStatus,
            @NotNull Integer durationMs,
            @Schema(description = "The first 2 KB of the answer") String responseBody,
            @Schema(description = "Why there was no answer (timeout, connection, refused address)") String error) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(
            @NotNull UUID id,
            @NotNull @Schema(description = "The event's id, sent as webhook-id on every attempt") UUID eventId,
            @NotNull String eventType,
            @NotNull @Schema(enumeration = {"PENDING", "SENDING", "SUCCEEDED", "FAILED"}) String status,
            @NotNull Integer attempts,
            @NotNull Instant createdAt,
            @Schema(description = "When the next attempt is due (PENDING only)") Instant nextAttemptAt,
            Instant deliveredAt,
            Integer lastStatus,
            String lastError,
            @NotNull @Schema(description = "The signed body, exactly as sent") String payload,
            @NotNull @Schema(description = "The latest attempts, newest first (up to 10)") List<AttemptView> attemptLog) {
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(@NotNull List<DeliveryView> items, String next) {
    }

    @Schema(name = "WebhookRecovery")
    public record Recovery(@NotNull @Schema(description = "Failed deliveries created at or after this instant are sent again") Instant since) {
    }

    @Schema(name = "WebhookRecoveryResult")
    public record RecoveryResult(@NotNull @Schema(description = "How many failed deliveries were queued again") Integer requeued) {
    }
}
