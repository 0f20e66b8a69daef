package dev.portico.support;

import static dev.portico.support.Api.as;

import dev.portico.subscription.SubscriptionFixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Support contracts linked to a test company, and a support agent. */
@ApplicationScoped
public class SupportFixtures {

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private Fixtures.Person agent;

    /** A contract with a device line and a software line. */
    public record Contract(String id, String number, String deviceLine, String softwareLine) {
    }

    public Fixtures.Person agent() {
        if (agent == null) {
            agent = fixtures.person("agent", "support-agent");
        }
        return agent;
    }

    /** A contract covering today, linked to the company (as if claimed). */
    public Contract contractOf(UUID companyId) {
        return contractOf(companyId, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1));
    }

    public Contract contractOf(UUID companyId, LocalDate start, LocalDate end) {
        String number = (char) ('A' + ThreadLocalRandom.current().nextInt(26))
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        var created = as(subscriptions.backoffice()).body("""
                {"number":"%s","customerName":"Ticket Customer","customerCountry":"DE","customerTaxId":"DE999999999",
                 "serviceLevel":"NBD","coverageStart":"%s","coverageEnd":"%s","lines":[
                 {"kind":"DEVICE","maker":"Fortinet","model":"FortiGate 60F","serialNumber":"SN-%s"},
                 {"kind":"SOFTWARE","productName":"FortiClient EMS","licenseKey":"KEY-%s"}]}
                """.formatted(number, start, end, number, number))
                .post("/api/v1/support-contracts").then().statusCode(201).extract().jsonPath();
        link(UUID.fromString(created.getString("id")), companyId);
        return new Contract(created.getString("id"), number, created.getString("lines[0].id"), created.getString("lines[1].id"));
    }

    @Transactional
    void link(UUID contractId, UUID companyId) {
        em.createNativeQuery("update support_contract set company_id = :company, claimed_at = now() where id = :id")
                .setParameter("company", companyId).setParameter("id", contractId).executeUpdate();
    }
}
