package dev.portico.support;

import dev.portico.platform.input.MultiLine;
import dev.portico.platform.input.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of tickets, their thread, CCs and attachments. */
public final class TicketViews {

    private TicketViews() {
    }

    @Schema(name = "Attachment")
    public record AttachmentView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String fileName,
            @Schema(required = true, description = "Detected from the content") String mediaType,
            @Schema(required = true) long size) {

        static AttachmentView of(TicketAttachment a) {
            return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes);
        }
    }

    @Schema(name = "TicketCreate")
    public record TicketCreate(
            @NotNull @Schema(required = true, description = "The contract line (device or software) it is about") UUID contractLineId,
            @NotBlank @Size(max = 200) @Schema(required = true) String title,
            @NotBlank @MultiLine @Size(max = 20000) @Schema(required = true) String description,
            @Size(max = 20) @Schema(description = "Ids of files uploaded before, by me") List<@NotNull UUID> attachmentIds,
            @Size(max = 10) @Schema(description = "More addresses that receive the ticket's mails") List<@NotBlank @EmailAddress @Size(max = 320) String> cc) {
    }

    @Schema(name = "TicketReply")
    public record Reply(
            @NotBlank @MultiLine @Size(max = 20000) @Schema(required = true) String body,
            @Size(max = 20) List<@NotNull UUID> attachmentIds,
            @Schema(description = "An internal note among agents (support agents only): never shown or mailed to the customer")
            boolean internal) {
    }

    @Schema(name = "TicketCcAdd")
    public record CcAdd(
            @NotBlank @EmailAddress @Size(max = 320) @Schema(required = true) String email) {
    }

    @Schema(name = "TicketMessage")
    public record MessageView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String author,
            @Schema(required = true) boolean fromSupport,
            @Schema(required = true) boolean internal,
            @Schema(required = true) String body,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<AttachmentView> attachments) {
    }

    @Schema(name = "TicketActions")
    public record Actions(
            @Schema(required = true) boolean reply,
            @Schema(required = true) boolean addInternalNote,
            @Schema(required = true) boolean resolve,
            @Schema(required = true) boolean close,
            @Schema(required = true) boolean reopen,
            @Schema(required = true) boolean manageCc,
            @Schema(required = true, description = "Set the priority and the assignee (agents)") boolean triage) {
    }

    @Schema(name = "SupportAgent")
    public record Person(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) String email) {
    }

    @Schema(name = "TicketTriage")
    public record Triage(
            @NotNull @Schema(required = true) TicketPriority priority,
            @Schema(description = "The support agent working on it; null or absent: no one") UUID assigneeId) {
    }

    @Schema(name = "SupportAgentPage")
    public record Agents(@Schema(required = true) List<Person> items, String next) {
    }

    @Schema(name = "TicketContractLine")
    public record LineRef(
            @Schema(required = true) UUID contractId,
            @Schema(required = true) String contractNumber,
            @Schema(required = true) UUID lineId,
            @Schema(required = true, description = "e.g. \"Fortinet FortiGate 60F, SN-4711\" or the product and license key") String label) {
    }

    /** A ticket with its thread newest first (customers see public replies only). */
    @Schema(name = "Ticket")
    public record TicketView(
            @Schema(required = true) UUID id,
            @Schema(required = true, example = "T-2026-000042") String number,
            @Schema(required = true) UUID companyId,
            @Schema(required = true) String companyName,
            @Schema(required = true) LineRef line,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) TicketState state,
            @Schema(required = true) String reporter,
            @Schema(required = true) String reporterEmail,
            @Schema(required = true) Instant openedAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) Instant waitingSince,
            @Schema(required = true) List<String> cc,
            @Schema(required = true) List<AttachmentView> attachments,
            @Schema(required = true) List<MessageView> messages,
            @Schema(description = "Support agents only") TicketPriority priority,
            @Schema(description = "Support agents only: who works on it (null: no one)") Person assignee,
            @Schema(required = true) Actions actions) {
    }

    @Schema(name = "TicketSummary")
    public record Summary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String number,
            @Schema(required = true) String title,
            @Schema(required = true) TicketState state,
            @Schema(required = true) UUID companyId,
            @Schema(required = true) String companyName,
            @Schema(required = true) String contractNumber,
            @Schema(required = true) String lineLabel,
            @Schema(required = true) String reporter,
            @Schema(required = true) Instant openedAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) Instant waitingSince,
            @Schema(description = "Support agents only") TicketPriority priority,
            @Schema(description = "Support agents only: who works on it (null: no one)") Person assignee) {
    }

    @Schema(name = "TicketPage")
    public record Page(@Schema(required = true) List<Summary> items, String next) {
    }
}
