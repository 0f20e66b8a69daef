package dev.portico.subscription;

import static dev.portico.support.Api.as;

import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Agreements and subscriptions made through the API, as back office would. */
@ApplicationScoped
public class SubscriptionFixtures {

    @Inject
    Fixtures fixtures;

    private Fixtures.Person backoffice;

    public Fixtures.Person backoffice() {
        if (backoffice == null) {
            backoffice = fixtures.person("backoffice", "backoffice");
        }
        return backoffice;
    }

    /** A fresh product code with version 1 of its agreement in English and German. */
    public String product() {
        String product = "P-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(product, "en", "Agreement text v1");
        publish(product, "de", "Vertragstext v1");
        return product;
    }

    public int publish(String product, String language, String text) {
        return as(backoffice())
                .body("{\"productCode\":\"" + product + "\",\"language\":\"" + language + "\",\"title\":\"Agreement\","
                        + "\"text\":\"" + text + "\"}")
                .post("/api/v1/agreements")
                .then().statusCode(201).extract().path("version");
    }

    /** A pending, auto-renewing subscription (3 licenses) of the company with the given admin email; returns its id. */
    public String create(UUID companyId, String product, String adminEmail) {
        return create(companyId, product, adminEmail, true);
    }

    public String create(UUID companyId, String product, String adminEmail, boolean autoRenew) {
        return as(backoffice())
                .body("{\"companyId\":\"" + companyId + "\",\"productCode\":\"" + product + "\",\"productName\":\"Product "
                        + product + "\",\"licenseQuantity\":3,\"termMonths\":12,\"autoRenew\":" + autoRenew + ",\"poNumber\":\"PO-1\","
                        + "\"adminEmail\":\"" + adminEmail + "\"}")
                .post("/api/v1/subscriptions")
                .then().statusCode(201).extract().path("id");
    }

    /** A token for someone who signs in with this (verified) email for the first time. */
    public static String tokenFor(String email) {
        return Tokens.token(UUID.randomUUID().toString(), email, true, "customer");
    }
}
