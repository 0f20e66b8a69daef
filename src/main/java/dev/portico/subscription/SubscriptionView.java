package dev.portico.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as the portal shows it. */
@Schema(name = "Subscription")
public record SubscriptionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "SUB-000123") String number,
        @Schema(required = true) UUID companyId,
        @Schema(required = true) String companyName,
        @Schema(required = true) String productCode,
        @Schema(required = true) String productName,
        @Schema(required = true) int licenseQuantity,
        LocalDate termStart,
        LocalDate termEnd,
        @Schema(description = "When the next term starts; none once cancelled (it ends after termEnd) or ended")
        LocalDate nextRenewalDate,
        @Schema(required = true, description = "Whether it renews at nextRenewalDate; false once cancelled or ended")
        boolean autoRenew,
        String poNumber,
        PaymentMethodView paymentMethod,
        @Schema(required = true) Admin admin,
        @Schema(description = "The admin right on its way to someone outside the company, who was invited; shown to those "
                + "who manage the subscription. The current admin stays admin until the invitee signs in.")
        PendingAdminTransfer pendingAdminTransfer,
        @Schema(required = true) Instant orderedAt,
        @Schema(required = true) LocalDate activationDeadline,
        Instant activatedAt,
        @Schema(required = true) SubscriptionStatus status,
        @Schema(required = true) Actions actions) {

    /** The subscription's one admin: a user, or an email that has not signed in yet. */
    @Schema(name = "SubscriptionAdmin")
    public record Admin(UUID userId, @Schema(required = true) String email, String name,
            @Schema(required = true) boolean pending) {
    }

    /** A transfer of the admin right waiting for the invitee to sign in with that verified email. */
    @Schema(name = "PendingAdminTransfer")
    public record PendingAdminTransfer(@Schema(required = true) String email,
            @Schema(required = true) Instant requestedAt, String requestedByName) {
    }

    /** How the subscription is paid, as it may be shown (never a full card number or IBAN). */
    @Schema(name = "PaymentMethod")
    public record PaymentMethodView(@Schema(required = true) PaymentMethodType type,
            @Schema(required = true, example = "Visa •••• 4242, expires 12/2028") String display) {
    }

    /** What the caller may do with the subscription now. */
    @Schema(name = "SubscriptionActions")
    public record Actions(
            @Schema(required = true) boolean activate,
            @Schema(required = true) boolean manage,
            @Schema(required = true) boolean changePoNumber,
            @Schema(required = true) boolean changePaymentMethod,
            @Schema(required = true) boolean transferAdmin,
            @Schema(required = true) boolean withdrawAdminTransfer,
            @Schema(required = true) boolean cancel,
            @Schema(required = true) boolean undoCancellation,
            @Schema(required = true) boolean readAgreement) {
    }

    /** One page of subscriptions. */
    @Schema(name = "SubscriptionPage")
    public record Page(@Schema(required = true) List<SubscriptionView> items, String next) {
    }
}
