package dev.portico.subscription;

import dev.portico.platform.PorticoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Demo agreements (the three subscription products of the demo catalog, five languages) and one subscription in every state for the demo companies.
 * Loaded after the account demo data, only when {@code portico.demo-data.enabled} is true; never in migrations.
 */
@ApplicationScoped
public class SubscriptionDemoData {

    static final UUID ACME = UUID.fromString("a0000000-0000-4000-a000-000000000001");
    static final UUID BOREALIS = UUID.fromString("b0000000-0000-4000-a000-000000000002");
    static final UUID ALICE = UUID.fromString("5a0f0c3e-0000-4000-a000-000000000001");
    static final UUID BOGDAN = UUID.fromString("5a0f0c3e-0000-4000-a000-000000000003");

    static final Map<String, String[]> AGREEMENT = Map.of(
            "en", new String[] {"Software and services agreement",
                "1. Scope. This agreement governs the use of the software and the services of the subscription.\n\n"
                        + "2. Licenses. The customer may let as many named users use the software as licenses were bought.\n\n"
                        + "3. Term. The subscription runs for its term and renews automatically unless cancelled before the renewal date.\n\n"
                        + "4. Fees. Fees are invoiced per term in advance."},
            "de", new String[] {"Software- und Servicevertrag",
                "1. Gegenstand. Dieser Vertrag regelt die Nutzung der Software und der Services des Abonnements.\n\n"
                        + "2. Lizenzen. Der Kunde darf die Software so vielen benannten Nutzern überlassen, wie Lizenzen erworben wurden.\n\n"
                        + "3. Laufzeit. Das Abonnement läuft für seine Laufzeit und verlängert sich automatisch, sofern es nicht vor dem Verlängerungsdatum gekündigt wird.\n\n"
                        + "4. Entgelte. Die Entgelte werden je Laufzeit im Voraus berechnet."},
            "fr", new String[] {"Contrat de logiciel et de services",
                "1. Objet. Le présent contrat régit l'utilisation du logiciel et des services de l'abonnement.\n\n"
                        + "2. Licences. Le client peut faire utiliser le logiciel par autant d'utilisateurs nommés que de licences achetées.\n\n"
                        + "3. Durée. L'abonnement court pour sa durée et se renouvelle automatiquement sauf résiliation avant la date de renouvellement.\n\n"
                        + "4. Prix. Les redevances sont facturées d'avance pour chaque période."},
            "it", new String[] {"Contratto software e servizi",
                "1. Oggetto. Il presente contratto disciplina l'uso del software e dei servizi dell'abbonamento.\n\n"
                        + "2. Licenze. Il cliente può far usare il software a tanti utenti nominativi quante sono le licenze acquistate.\n\n"
                        + "3. Durata. L'abbonamento dura per il suo periodo e si rinnova automaticamente salvo disdetta prima della data di rinnovo.\n\n"
                        + "4. Corrispettivi. I corrispettivi sono fatturati anticipatamente per ciascun periodo."},
            "pl", new String[] {"Umowa na oprogramowanie i usługi",
                "1. Przedmiot. Niniejsza umowa reguluje korzystanie z oprogramowania i usług subskrypcji.\n\n"
                        + "2. Licencje. Klient może udostępnić oprogramowanie tylu imiennym użytkownikom, ile licencji kupił.\n\n"
                        + "3. Okres. Subskrypcja trwa przez swój okres i odnawia się automatycznie, chyba że zostanie anulowana przed datą odnowienia.\n\n"
                        + "4. Opłaty. Opłaty są fakturowane z góry za każdy okres."});

    @Inject
    EntityManager em;

    @Inject
    PorticoConfig config;

    @Inject
    Clock clock;

    @Inject
    Invoicing invoicing;

    @Inject
    dev.portico.account.CompanyDirectory companies;

    void onStart(@Observes @Priority(1100) StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    /** Loads the demo agreements and subscriptions unless they are there already (needs the account demo data). */
    @Transactional
    public void load() {
        Instant now = clock.instant();
        // The catalog's demo products need agreements too; each product's are loaded once.
        for (String product : new String[] {"PROFIS-ENGINEERING", "ON-TRACK", "REMOTE-SIGNATURE"}) {
            boolean has = !em.createQuery("from Agreement where productCode = :p", Agreement.class)
                    .setParameter("p", product).setMaxResults(1).getResultList().isEmpty();
            if (!has) {
                AGREEMENT.forEach((language, text) -> agreement(product, language, text[0], text[1], now));
            }
        }
        boolean loaded = !em.createQuery("from Subscription where companyId = :acme", Subscription.class)
                .setParameter("acme", ACME).setMaxResults(1).getResultList().isEmpty();
        if (loaded) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        subscription(ACME, "PROFIS-ENGINEERING", "PROFIS Engineering Suite", 5, ALICE, "alice.admin@acme.example",
                SubscriptionStatus.PENDING_ACTIVATION, now.minus(10, ChronoUnit.DAYS), null, "PO-4711");
        subscription(ACME, "ON-TRACK", "ON!Track Asset Management", 10, ALICE, "alice.admin@acme.example",
                SubscriptionStatus.ACTIVE, now.minus(200, ChronoUnit.DAYS), today.minusDays(190), "PO-2026-001");
        subscription(ACME, "PROFIS-ENGINEERING", "PROFIS Engineering Suite", 2, ALICE, "alice.admin@acme.example",
                SubscriptionStatus.NON_RENEWING, now.minus(300, ChronoUnit.DAYS), today.minusDays(295), "PO-2025-118");
        subscription(ACME, "ON-TRACK", "ON!Track Asset Management", 3, ALICE, "alice.admin@acme.example",
                SubscriptionStatus.ENDED, now.minus(800, ChronoUnit.DAYS), today.minusDays(790), "PO-2024-007");
        subscription(ACME, "PROFIS-ENGINEERING", "PROFIS Engineering Suite", 1, null, "alice.admin@acme.example",
                SubscriptionStatus.LAPSED, now.minus(120, ChronoUnit.DAYS), null, null);
        subscription(BOREALIS, "ON-TRACK", "ON!Track Asset Management", 4, BOGDAN, "bogdan.admin@borealis.example",
                SubscriptionStatus.ACTIVE, now.minus(40, ChronoUnit.DAYS), today.minusDays(30), "ZAM/2026/15");
    }

    private void agreement(String product, String language, String title, String text, Instant now) {
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.productCode = product;
        a.language = language;
        a.version = 1;
        a.title = title;
        a.body = text;
        a.sha256 = AgreementService.sha256(text);
        a.publishedAt = now;
        em.persist(a);
    }

    private void subscription(UUID company, String product, String name, int quantity, UUID admin, String adminEmail,
            SubscriptionStatus status, Instant orderedAt, LocalDate termStart, String po) {
        Number next = (Number) em.createNativeQuery("select nextval('subscription_number_seq')").getSingleResult();
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.number = String.format("SUB-%06d", next.longValue());
        s.companyId = company;
        s.productCode = product;
        s.productName = name;
        s.licenseQuantity = quantity;
        s.termMonths = 12;
        s.autoRenew = status != SubscriptionStatus.ENDED;
        s.poNumber = po;
        s.adminUserId = admin;
        s.adminEmail = adminEmail;
        s.orderedAt = orderedAt;
        s.activationDeadline = orderedAt.atZone(ZoneId.of("Europe/Berlin")).toLocalDate().plusDays(90);
        s.status = status;
        s.unitPriceMinor = product.equals("ON-TRACK") ? 4900 : 12900;
        s.currency = company.equals(BOREALIS) ? "PLN" : "EUR";
        s.taxRateBp = company.equals(BOREALIS) ? 2300 : 1900;
        s.createdAt = orderedAt;
        s.updatedAt = orderedAt;
        if (termStart != null) {
            s.activatedAt = termStart.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
            s.termStart = termStart;
            s.termEnd = termStart.plusMonths(12).minusDays(1);
            s.nextRenewalDate = status == SubscriptionStatus.ENDED ? null : s.termEnd.plusDays(1);
            s.paymentMethodType = PaymentMethodType.INVOICE;
            s.paymentMethodDisplay = "Invoice";
            Agreement accepted = em.createQuery(
                            "from Agreement where productCode = :p and language = 'de'", Agreement.class)
                    .setParameter("p", product).getSingleResult();
            em.persist(s);
            AgreementAcceptance acceptance = new AgreementAcceptance();
            acceptance.id = UUID.randomUUID();
            acceptance.subscriptionId = s.id;
            acceptance.agreementId = accepted.id;
            acceptance.version = accepted.version;
            acceptance.sha256 = accepted.sha256;
            acceptance.acceptedBy = admin;
            acceptance.acceptedAt = s.activatedAt;
            em.persist(acceptance);
            invoicing.issue(s, companies.find(company).orElseThrow());
        } else {
            em.persist(s);
        }
        if (po != null) {
            PoNumberChange change = new PoNumberChange();
            change.id = UUID.randomUUID();
            change.subscriptionId = s.id;
            change.poNumber = po;
            change.changedAt = orderedAt;
            em.persist(change);
        }
    }
}
