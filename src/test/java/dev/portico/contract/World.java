package dev.portico.contract;

import static dev.portico.support.Api.as;

import dev.portico.catalog.CatalogFixtures;
import dev.portico.order.ShopFixtures;
import dev.portico.subscription.SubscriptionFixtures;
import dev.portico.support.Fixtures;
import dev.portico.support.SupportFixtures;
import dev.portico.support.Tokens;
import io.restassured.RestAssured;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Two companies with one of everything a company owns — an active subscription with a seat and an invoice, a support
 * contract with a ticket, a CC and an attachment, an order with an item, a cart line, an invitation — and the people
 * around them, made through the API, so that the spec-driven judges ({@link ContractFuzzTest},
 * {@link AuthorizationMatrixTest}) send every operation real ids.
 */
@ApplicationScoped
public class World {

    @Inject
    Fixtures fixtures;

    @Inject
    SubscriptionFixtures subscriptions;

    @Inject
    SupportFixtures support;

    @Inject
    CatalogFixtures catalog;

    @Inject
    ShopFixtures shop;

    /** Company A (whose objects every call names) and B, and the people who are in neither. */
    public record Made(Fixtures.Tenant a, Fixtures.Tenant b, Fixtures.Person nobody, Fixtures.Person agent,
            Fixtures.Person backoffice, String integration, Map<String, String> ids) {

        /** A real id of A for a path parameter, chosen by the path it appears in. */
        public String pathValue(String path, String parameter) {
            return switch (parameter) {
                case "companyId" -> a.companyId().toString();
                case "invitationId" -> ids.get("invitation");
                case "userId" -> a.member().id().toString();
                case "invoiceId" -> ids.get("invoice");
                case "seatId" -> ids.get("seat");
                case "itemId" -> ids.get("orderItem");
                case "lineId" -> ids.get("cartLine");
                case "country" -> "DE";
                case "email" -> ids.get("cc");
                case "endpointId" -> ids.get(path.startsWith("/api/v1/companies/") ? "webhookEndpoint" : "vendorWebhookEndpoint");
                case "deliveryId" -> ids.get(path.startsWith("/api/v1/companies/") ? "webhookDelivery" : "vendorWebhookDelivery");
                default -> ids.get(resourceOf(path));
            };
        }

        /** A value of A for a query parameter, or null to leave it out. */
        public String queryValue(String parameter) {
            return switch (parameter) {
                case "companyId" -> a.companyId().toString();
                case "product" -> ids.get("productCode");
                case "email" -> a.member().email();
                default -> null;
            };
        }

        private static String resourceOf(String path) {
            if (path.endsWith("/credit-note")) {
                return "cancelledOrder";
            }
            if (path.startsWith("/api/v1/subscriptions/")) {
                return "subscription";
            }
            if (path.startsWith("/api/v1/orders/")) {
                return "order";
            }
            if (path.startsWith("/api/v1/tickets/")) {
                return "ticket";
            }
            if (path.startsWith("/api/v1/support-contracts/")) {
                return "contract";
            }
            if (path.startsWith("/api/v1/ticket-attachments/")) {
                return "attachment";
            }
            if (path.startsWith("/api/v1/catalog/products/") || path.startsWith("/api/v1/products/")) {
                return "product";
            }
            throw new IllegalArgumentException("No id of the world for " + path);
        }
    }

    public Made build() {
        Fixtures.Tenant a = fixtures.tenant("World A GmbH");
        Fixtures.Tenant b = fixtures.tenant("World B GmbH");
        Map<String, String> ids = new LinkedHashMap<>();

        String product = subscriptions.product();
        ids.put("productCode", product);
        String subscription = subscriptions.create(a.companyId(), product, a.admin().email());
        as(a.admin()).body("{\"agreementVersion\":1,\"language\":\"en\"}")
                .post("/api/v1/subscriptions/" + subscription + "/activation").then().statusCode(200);
        ids.put("subscription", subscription);
        ids.put("seat", as(a.admin()).body("{\"email\":\"" + a.member().email() + "\"}")
                .post("/api/v1/subscriptions/" + subscription + "/seats").then().statusCode(201).extract().path("id"));
        List<String> invoices = as(a.admin()).get("/api/v1/subscriptions/" + subscription + "/invoices")
                .then().statusCode(200).extract().jsonPath().getList("id");
        ids.put("invoice", invoices.isEmpty() ? UUID.randomUUID().toString() : invoices.get(0));

        SupportFixtures.Contract contract = support.contractOf(a.companyId());
        ids.put("contract", contract.id());
        ids.put("contractLine", contract.deviceLine());
        ids.put("attachment", RestAssured.given().auth().oauth2(a.member().token()).accept("application/json")
                .multiPart("file", "note.txt", "The printer beeps.".getBytes(), "text/plain")
                .post("/api/v1/ticket-attachments").then().statusCode(201).extract().path("id"));
        ids.put("ticket", as(a.member()).body("""
                {"contractLineId":"%s","title":"Printer beeps","description":"Since Monday","attachmentIds":["%s"]}"""
                .formatted(contract.deviceLine(), ids.get("attachment")))
                .post("/api/v1/tickets").then().statusCode(201).extract().path("id"));
        ids.put("cc", "colleague@example.com");
        as(a.member()).body("{\"email\":\"colleague@example.com\"}").post("/api/v1/tickets/" + ids.get("ticket") + "/cc")
                .then().statusCode(200);

        CatalogFixtures.Made service = catalog.subscription(1, 100, 400);
        ids.put("product", service.id());
        ids.put("variant", service.variant());
        shop.topUp(a.companyId(), 1_000_000);
        shop.add(a.admin(), a.companyId(), service.variant(), 1);
        var order = shop.placeOrder(a.admin(), ShopFixtures.credit(a.companyId())).then().statusCode(201).extract().jsonPath();
        ids.put("order", order.getString("id"));
        shop.add(a.admin(), a.companyId(), service.variant(), 1); // a second order, cancelled: it has a credit note
        String cancelled = shop.placeOrder(a.admin(), ShopFixtures.credit(a.companyId())).then().statusCode(201)
                .extract().path("id");
        as(a.admin()).post("/api/v1/orders/" + cancelled + "/cancellation").then().statusCode(200);
        ids.put("cancelledOrder", cancelled);
        ids.put("orderItem", order.getString("lines[0].items[0].id"));
        shop.add(a.admin(), a.companyId(), service.variant(), 1);
        ids.put("cartLine", as(a.admin()).get("/api/v1/carts/" + a.companyId()).then().statusCode(200)
                .extract().path("lines[0].id"));
        ids.put("invitation", as(a.admin()).body("{\"email\":\"invitee-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com\",\"role\":\"MEMBER\"}").post("/api/v1/companies/" + a.companyId() + "/invitations")
                .then().statusCode(201).extract().path("id"));

        // webhook endpoints (company A's and a vendor-wide one) with a delivery each, to a port where nothing listens
        String hooks = "/api/v1/companies/" + a.companyId() + "/webhook-endpoints";
        ids.put("webhookEndpoint", as(a.admin()).body("{\"url\":\"http://127.0.0.1:9/world\"}").post(hooks)
                .then().statusCode(201).extract().path("id"));
        ids.put("webhookDelivery", as(a.admin()).post(hooks + "/" + ids.get("webhookEndpoint") + "/test-events")
                .then().statusCode(202).extract().path("id"));
        ids.put("vendorWebhookEndpoint", as(subscriptions.backoffice()).body("{\"url\":\"http://127.0.0.1:9/vendor\","
                + "\"enabled\":false}").post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("id"));
        ids.put("vendorWebhookDelivery", as(subscriptions.backoffice()).post("/api/v1/webhook-endpoints/"
                + ids.get("vendorWebhookEndpoint") + "/test-events").then().statusCode(202).extract().path("id"));

        return new Made(a, b, fixtures.person("nobody"), support.agent(), subscriptions.backoffice(), Tokens.integration(),
                ids);
    }
}
