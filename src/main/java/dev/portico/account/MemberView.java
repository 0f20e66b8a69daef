package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of a company. */
@Schema(name = "Member")
public record MemberView(
        @Schema(required = true) UUID userId,
        @Schema(required = true) String email,
        String firstName,
        String lastName,
        @Schema(required = true) MembershipRole role,
        @Schema(required = true) Instant joinedAt,
        @Schema(required = true, description = "Whether this is the caller's own membership: removing it means leaving")
        boolean caller,
        @Schema(required = true) Actions actions) {

    /** What the caller may do with this membership now. */
    @Schema(name = "MemberActions")
    public record Actions(@Schema(required = true) boolean changeRole, @Schema(required = true) boolean remove) {
    }

    /** One page of members. */
    @Schema(name = "MemberPage")
    public record Page(@Schema(required = true) List<MemberView> items, String next) {
    }
}
