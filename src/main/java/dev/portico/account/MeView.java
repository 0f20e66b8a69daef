package dev.portico.account;

import dev.portico.platform.security.MembershipRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in person: who they are, their realm roles and the companies they belong to. */
@Schema(name = "Me")
public record MeView(
        @Schema(required = true) UserView user,
        @Schema(required = true, description = "Keycloak realm roles known to Portico") List<String> roles,
        @Schema(required = true) List<CompanyMembershipView> companies) {

    /** A person as Portico knows them. */
    @Schema(name = "User")
    public record UserView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String email,
            String firstName,
            String lastName,
            @Schema(required = true, enumeration = {"en", "de", "fr", "it", "pl"}) String locale) {
    }

    /** A company the person belongs to, and their role there. */
    @Schema(name = "CompanyMembership")
    public record CompanyMembershipView(
            @Schema(required = true) UUID companyId,
            @Schema(required = true) String companyName,
            @Schema(required = true) CompanyKind kind,
            @Schema(required = true) MembershipRole role) {
    }
}
