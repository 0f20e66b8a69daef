package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's new role. */
@Schema(name = "MemberUpdate")
public record MemberUpdate(@NotNull @Schema(required = true) MembershipRole role) {
}
