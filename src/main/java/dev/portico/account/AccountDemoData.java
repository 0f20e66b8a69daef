package dev.portico.account;

import dev.portico.platform.PorticoConfig;
import dev.portico.platform.security.MembershipRole;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Demo companies and memberships for the demo users of {@code keycloak/demo-users.json} (same ids as their
 * Keycloak subjects). Loaded at start-up only when {@code portico.demo-data.enabled} is true (the dev profile);
 * never part of the migrations. Idempotent: a second start keeps what is there.
 */
@ApplicationScoped
public class AccountDemoData {

    private static final Logger LOG = Logger.getLogger(AccountDemoData.class);

    public static final UUID ACME = UUID.fromString("a0000000-0000-4000-a000-000000000001");
    public static final UUID BOREALIS = UUID.fromString("b0000000-0000-4000-a000-000000000002");
    public static final UUID RESELLO = UUID.fromString("c0000000-0000-4000-a000-000000000003");

    @Inject
    EntityManager em;

    @Inject
    PorticoConfig config;

    @Inject
    Clock clock;

    void onStart(@Observes @jakarta.annotation.Priority(1000) StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    /** Loads the demo companies, users and memberships unless they are there already. */
    @Transactional
    public void load() {
        if (em.find(Company.class, ACME) != null) {
            return;
        }
        Instant now = clock.instant();
        company(ACME, "Acme Tools GmbH", "DE", "DE123456788", "de", "Europe/Berlin", CompanyKind.CUSTOMER, now)
                .address("Werkzeugstraße 12", "80331", "München");
        company(BOREALIS, "Borealis Systems Sp. z o.o.", "PL", "5260250274", "pl", "Europe/Warsaw", CompanyKind.CUSTOMER, now)
                .address("ul. Polarna 5", "00-950", "Warszawa");
        company(RESELLO, "Resello Partners S.r.l.", "IT", "IT01234567897", "it", "Europe/Rome", CompanyKind.RESELLER, now)
                .address("Via dei Rivenditori 3", "20121", "Milano");

        UUID alice = user(1, "alice.admin@acme.example", "Alice", "Adler", "de", now);
        UUID max = user(2, "max.member@acme.example", "Max", "Müller", "de", now);
        UUID bogdan = user(3, "bogdan.admin@borealis.example", "Bogdan", "Nowak", "pl", now);
        UUID rita = user(4, "rita.reseller@resello.example", "Rita", "Rossi", "it", now);
        user(5, "sam.support@portico.example", "Sam", "Sutton", "en", now);
        user(6, "bea.backoffice@portico.example", "Bea", "Berger", "fr", now);

        em.persist(Membership.of(ACME, alice, MembershipRole.ADMIN, now));
        em.persist(Membership.of(ACME, max, MembershipRole.MEMBER, now.plusSeconds(1)));
        em.persist(Membership.of(BOREALIS, bogdan, MembershipRole.ADMIN, now));
        em.persist(Membership.of(RESELLO, rita, MembershipRole.ADMIN, now));
        LOG.info("Loaded demo companies and memberships (portico.demo-data.enabled=true)");
    }

    private Company company(UUID id, String name, String country, String taxId, String locale, String zone,
            CompanyKind kind, Instant now) {
        Company company = new Company();
        company.id = id;
        company.name = name;
        company.country = country;
        company.taxId = taxId;
        company.locale = locale;
        company.timeZone = zone;
        company.kind = kind;
        company.createdAt = now;
        company.updatedAt = now;
        em.persist(company);
        return company;
    }

    /** Users get the fixed Keycloak ids of the demo realm as both id and subject. */
    private UUID user(int n, String email, String first, String last, String locale, Instant now) {
        UUID id = UUID.fromString(String.format("5a0f0c3e-0000-4000-a000-%012d", n));
        em.createNativeQuery("""
                        insert into app_user (id, subject, email, email_verified, first_name, last_name, locale, created_at, updated_at)
                        values (:id, :subject, :email, true, :first, :last, :locale, :now, :now)
                        on conflict (subject) do nothing
                        """)
                .setParameter("id", id)
                .setParameter("subject", id.toString())
                .setParameter("email", email)
                .setParameter("first", first)
                .setParameter("last", last)
                .setParameter("locale", locale)
                .setParameter("now", now)
                .executeUpdate();
        return id;
    }
}
