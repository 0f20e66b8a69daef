package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An invitation as the company's admins see it. */
@Schema(name = "Invitation")
public record InvitationView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String email,
        @Schema(required = true) MembershipRole role,
        @Schema(required = true) InvitationStatus status,
        @Schema(required = true) Instant invitedAt,
        String invitedByName,
        Instant acceptedAt,
        @Schema(required = true) Actions actions) {

    /** What the caller may do with the invitation now. */
    @Schema(name = "InvitationActions")
    public record Actions(@Schema(required = true) boolean revoke) {
    }

    /** One page of invitations. */
    @Schema(name = "InvitationPage")
    public record Page(@Schema(required = true) List<InvitationView> items, String next) {
    }
}
