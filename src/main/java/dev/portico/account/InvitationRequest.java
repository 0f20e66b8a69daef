package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import dev.portico.platform.input.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to invite, and with which role. */
@Schema(name = "InvitationRequest")
public record InvitationRequest(
        @NotBlank @EmailAddress @Size(max = 320)
        @Schema(required = true, example = "colleague@example.com") String email,
        @NotNull @Schema(required = true) MembershipRole role) {

    public InvitationRequest {
        email = email == null ? null : email.strip(); // pasted addresses often carry blanks
    }
}
