package dev.portico.subscription;

import jakarta.validation.Valid;
import dev.portico.platform.input.EmailAddress;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests of the "Manage subscription" actions. */
public final class ManageRequests {

    private ManageRequests() {
    }

    /** A new payment method: card details or a SEPA mandate go to the payment provider, never into Portico. */
    @Schema(name = "PaymentMethodChange", description = "One of three shapes, told apart by `type`",
            oneOf = {Shapes.CardChange.class, Shapes.SepaChange.class, Shapes.InvoiceChange.class},
            discriminatorProperty = "type", discriminatorMapping = {
                    @DiscriminatorMapping(value = "CARD", schema = Shapes.CardChange.class),
                    @DiscriminatorMapping(value = "SEPA_DEBIT", schema = Shapes.SepaChange.class),
                    @DiscriminatorMapping(value = "INVOICE", schema = Shapes.InvoiceChange.class)})
    public record PaymentMethodChange(
            @NotNull @Schema(required = true) PaymentMethodType type,
            @Valid Card card,
            @Valid Sepa sepa) {
    }

    /** Card details (type CARD). */
    @Schema(name = "CardDetails")
    public record Card(
            @NotBlank @Size(max = 23) @Schema(required = true, example = "4242 4242 4242 4242") String number,
            @Min(1) @Max(12) @Schema(required = true) int expiryMonth,
            @Min(2000) @Max(2100) @Schema(required = true) int expiryYear,
            @NotBlank @Size(max = 100) @Schema(required = true) String holder) {

        @Override
        public String toString() {
            return "Card[redacted]";
        }
    }

    /** SEPA direct debit details (type SEPA_DEBIT). */
    @Schema(name = "SepaDetails")
    public record Sepa(
            @NotBlank @Size(max = 42) @Schema(required = true, example = "DE89 3704 0044 0532 0130 00") String iban,
            @NotBlank @Size(max = 100) @Schema(required = true) String accountHolder) {

        @Override
        public String toString() {
            return "Sepa[redacted]";
        }
    }

    /** Whom to make the subscription's admin: a member of the company, or anyone by email (they are invited). */
    @Schema(name = "AdminTransfer")
    public record AdminTransfer(
            @NotBlank @EmailAddress @Size(max = 320)
            @Schema(required = true) String email) {

        public AdminTransfer {
            email = email == null ? null : email.strip();
        }
    }

    /**
     * The shapes of {@link PaymentMethodChange} as the contract tells them apart (documentation only: the server reads
     * {@link PaymentMethodChange} and refuses a missing part with 422 naming the field).
     */
    static final class Shapes {

        private Shapes() {
        }

        @Schema(name = "CardPaymentMethod", description = "A card, tokenized by the payment provider")
        record CardChange(@Schema(required = true, enumeration = "CARD") String type, @Schema(required = true) Card card) {
        }

        @Schema(name = "SepaPaymentMethod", description = "A SEPA direct debit mandate, held by the payment provider")
        record SepaChange(@Schema(required = true, enumeration = "SEPA_DEBIT") String type, @Schema(required = true) Sepa sepa) {
        }

        @Schema(name = "InvoicePaymentMethod", description = "Pay each renewal on invoice")
        record InvoiceChange(@Schema(required = true, enumeration = "INVOICE") String type) {
        }
    }
}
