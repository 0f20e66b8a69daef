package dev.portico.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Portico's record of a person who signed in through Keycloak: created from the token on their first
 * authenticated request and refreshed from it afterwards. Identity stays in Keycloak; this row is what
 * memberships, audit events and seats point at.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(nullable = false)
    public String email;

    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(nullable = false)
    public String locale;

    /** Whether the person held the support-agent realm role at their last sign-in (tickets are assigned to agents). */
    @Column(name = "support_agent", nullable = false)
    public boolean supportAgent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** "First Last", or the email when the token carried no name. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return name.isEmpty() ? email : name;
    }
}
