package dev.portico.catalog;

import static dev.portico.support.Api.as;

import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Catalog products, VAT rates and reseller tiers made through the back-office API, with fresh codes per test. */
@ApplicationScoped
public class CatalogFixtures {

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    EntityManager em;

    /** A product made for a test: its id, code and the id of each variant by code. */
    public record Made(String id, String code, Map<String, String> variants) {

        public String variant() {
            return variants.values().iterator().next();
        }
    }

    public Fixtures.Person backoffice() {
        return subscriptions.backoffice();
    }

    /**
     * A subscription product (12 months, the given licenses per unit) with an agreement, one variant STANDARD priced
     * per license in DE (EUR) and PL (PLN); VAT DE 19 %, PL 23 %.
     */
    public Made subscription(int licensesPerUnit, long euroPerLicense, long zlotyPerLicense) {
        String code = subscriptions.product();
        standardVat();
        return create("""
                {"code":"%s","type":"SUBSCRIPTION","names":{"en":"Product %s","de":"Produkt %s"},"termMonths":12,
                 "defaultLicenseQuantity":%d,"variants":[{"code":"STANDARD","names":{"en":"Standard"},"prices":[
                 {"country":"DE","price":{"amount":%d,"currency":"EUR"}},{"country":"PL","price":{"amount":%d,"currency":"PLN"}}]}]}
                """.formatted(code, code, code, licensesPerUnit, euroPerLicense, zlotyPerLicense));
    }

    /** A one-time product sold in DE only. */
    public Made oneTime(long euro) {
        String code = "K-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        standardVat();
        return create("""
                {"code":"%s","type":"ONE_TIME","names":{"en":"Library %s"},"variants":[{"code":"STANDARD",
                 "names":{"en":"Standard"},"prices":[{"country":"DE","price":{"amount":%d,"currency":"EUR"}}]}]}
                """.formatted(code, code, euro));
    }

    public Made create(String definition) {
        JsonPath created = as(backoffice()).body(definition).post("/api/v1/catalog/products")
                .then().statusCode(201).extract().jsonPath();
        Map<String, String> variants = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> list = created.getList("variants");
        list.forEach(v -> variants.put((String) v.get("code"), (String) v.get("id")));
        return new Made(created.getString("id"), created.getString("code"), variants);
    }

    public void standardVat() {
        as(backoffice()).body("{\"rateBasisPoints\":1900}").put("/api/v1/catalog/tax-rates/DE").then().statusCode(200);
        as(backoffice()).body("{\"rateBasisPoints\":2300}").put("/api/v1/catalog/tax-rates/PL").then().statusCode(200);
    }

    /** Makes the company a reseller in a fresh tier with the given general discount; returns the tier. */
    public String reseller(UUID companyId, int percentBp) {
        makeReseller(companyId);
        String tier = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as(backoffice()).body("{\"tier\":\"" + tier + "\"}").put("/api/v1/catalog/resellers/" + companyId)
                .then().statusCode(200);
        addDiscount(tier, null, percentBp);
        return tier;
    }

    /** Adds a row to the discount table (which back office replaces as a whole). */
    public void addDiscount(String tier, String productCode, int percentBp) {
        List<Map<String, Object>> rows = new ArrayList<>(as(backoffice()).get("/api/v1/catalog/reseller-discounts")
                .then().statusCode(200).extract().jsonPath().getList("$"));
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("tier", tier);
        row.put("productCode", productCode);
        row.put("percentBasisPoints", percentBp);
        rows.add(row);
        as(backoffice()).body(rows).put("/api/v1/catalog/reseller-discounts").then().statusCode(200);
    }

    @Transactional
    public void makeReseller(UUID companyId) {
        em.createNativeQuery("update company set kind = 'RESELLER' where id = :id").setParameter("id", companyId)
                .executeUpdate();
    }

    @Transactional
    public void moveTo(UUID companyId, String country) {
        em.createNativeQuery("update company set country = :country where id = :id")
                .setParameter("id", companyId).setParameter("country", country).executeUpdate();
    }
}
