package dev.portico.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.client.ApiClient;
import dev.portico.client.ApiException;
import dev.portico.client.ApiResponse;
import dev.portico.client.api.CatalogManagementApi;
import dev.portico.client.api.SeatsApi;
import dev.portico.client.api.SubscriptionsApi;
import dev.portico.client.api.SupportContractsApi;
import dev.portico.client.model.ActivationRequest;
import dev.portico.client.model.Agreement;
import dev.portico.client.model.AgreementPublish;
import dev.portico.client.model.ContractCreate;
import dev.portico.client.model.ContractLineCreate;
import dev.portico.client.model.CountryPrice;
import dev.portico.client.model.Entitlement;
import dev.portico.client.model.Kind;
import dev.portico.client.model.Money;
import dev.portico.client.model.Problem;
import dev.portico.client.model.ProductAdmin;
import dev.portico.client.model.ProductDefinition;
import dev.portico.client.model.ProductType;
import dev.portico.client.model.SeatAssignment;
import dev.portico.client.model.SeatOverview;
import dev.portico.client.model.Subscription;
import dev.portico.client.model.SubscriptionCreate;
import dev.portico.client.model.SubscriptionPage;
import dev.portico.client.model.SupportContract;
import dev.portico.client.model.VariantDefinition;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.support.Fixtures;
import dev.portico.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The vendor's ERP, written only against the Java client that openapi-generator makes from the committed contract
 * (target/generated-test-sources; no hand-written HTTP): it imports a support contract, publishes an agreement,
 * creates subscriptions, pages through a company's subscriptions, reads seat usage, checks an entitlement, and
 * handles 409, 412, 422 and 403 problems by their {@code type}. The company's admin, a person, uses the same client.
 */
@QuarkusTest
class GeneratedClientErpTest {

    @TestHTTPResource("/")
    URL portal;

    @Inject
    Fixtures fixtures;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(portal.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static Problem problem(ApiClient client, ApiException e) throws Exception {
        return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void theErpRunsTheSubscriptionLifecycleThroughTheGeneratedClient() throws Exception {
        ApiClient erp = client(Tokens.integration());
        Fixtures.Tenant customer = fixtures.tenant("ERP Kunde GmbH");
        String product = "ERP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SubscriptionsApi subscriptions = new SubscriptionsApi(erp);

        Agreement agreement = subscriptions.publishAgreement(new AgreementPublish().productCode(product)
                .language("en").title("Terms of use").text("You may use the software."), UUID.randomUUID().toString());
        assertEquals(1, agreement.getVersion());

        String key = UUID.randomUUID().toString();
        SubscriptionCreate order = new SubscriptionCreate().companyId(customer.companyId()).productCode(product)
                .productName("ERP Suite").licenseQuantity(3).autoRenew(true).adminEmail(customer.admin().email());
        ApiResponse<Subscription> first = subscriptions.createSubscriptionWithHttpInfo(order, key);
        ApiResponse<Subscription> replay = subscriptions.createSubscriptionWithHttpInfo(order, key);
        assertEquals(201, first.getStatusCode());
        assertEquals(first.getData().getId(), replay.getData().getId(), "a retry with the same key creates nothing new");
        assertEquals(List.of("true"), replay.getHeaders().get("idempotent-replayed"));
        for (int i = 0; i < 4; i++) {
            subscriptions.createSubscription(order, null);
        }

        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SubscriptionPage page = subscriptions.listSubscriptions(customer.companyId(), cursor, 2, null, null, null);
            page.getItems().forEach(s -> seen.add(s.getId()));
            cursor = page.getNext();
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count(), "no subscription twice across pages");
        assertEquals(3, pages);

        // The company's admin (a person) activates and hands out a seat, with the same generated client.
        UUID subscriptionId = first.getData().getId();
        ApiClient admin = client(customer.admin().token());
        SubscriptionsApi adminSubscriptions = new SubscriptionsApi(admin);
        Agreement toAccept = adminSubscriptions.getAgreementToAccept(subscriptionId, "en");
        adminSubscriptions.activateSubscription(subscriptionId, new ActivationRequest()
                .agreementVersion(toAccept.getVersion()).language("en"), null);
        String colleague = "engineer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        new SeatsApi(admin).assignSeat(subscriptionId, new SeatAssignment().email(colleague), null);

        SeatOverview usage = new SeatsApi(erp).getSeatOverview(subscriptionId);
        assertEquals(3, usage.getQuantity());
        assertEquals(2, usage.getUsedToday(), "the admin's own seat and the colleague's");
        assertFalse(usage.getSeats().stream().anyMatch(s -> s.getActions().getRevoke()), "an integration manages no seat");

        Entitlement entitled = new SeatsApi(erp).checkEntitlement(product, colleague);
        assertTrue(entitled.getEntitled());
        assertFalse(new SeatsApi(erp).checkEntitlement(product, "stranger@example.com").getEntitled());
    }

    @Test
    void theErpBranchesOnProblemTypes() throws Exception {
        ApiClient erp = client(Tokens.integration());
        SupportContractsApi contracts = new SupportContractsApi(erp);
        String number = "E" + (100000 + (int) (Math.random() * 899999));
        ContractCreate contract = new ContractCreate().number(number).customerName("Hurtownia Sp. z o.o.")
                .customerCountry("PL").customerTaxId("7740001454").serviceLevel("NBD")
                .coverageStart(LocalDate.now().minusDays(1)).coverageEnd(LocalDate.now().plusYears(1))
                .lines(List.of(new ContractLineCreate().kind(Kind.DEVICE).maker("Fortinet")
                        .model("FortiGate 60F").serialNumber("FGT60F-" + number)));
        SupportContract created = contracts.createContract(contract, UUID.randomUUID().toString());
        assertEquals(number, created.getNumber());
        assertNull(created.getCompanyId(), "nobody claimed it yet");

        ApiException taken = assertThrows(ApiException.class, () -> contracts.createContract(contract, null));
        assertEquals(409, taken.getCode());
        assertEquals(Problem.TypeEnum.CONTRACT_NUMBER_TAKEN, problem(erp, taken).getType());

        ApiException invalid = assertThrows(ApiException.class, () -> new SubscriptionsApi(erp).createSubscription(
                new SubscriptionCreate().companyId(UUID.randomUUID()).productCode("lower case").productName("X")
                        .licenseQuantity(1).autoRenew(false).adminEmail("not-an-email"), null));
        Problem validation = problem(erp, invalid);
        assertEquals(422, invalid.getCode());
        assertEquals(Problem.TypeEnum.VALIDATION, validation.getType());
        assertEquals(List.of("adminEmail", "productCode"),
                validation.getErrors().stream().map(e -> e.getField()).sorted().toList());

        CatalogManagementApi catalog = new CatalogManagementApi(erp);
        String code = "ERP-CAT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProductDefinition definition = new ProductDefinition().code(code).type(ProductType.ONE_TIME)
                .names(Map.of("en", "Toolbox"))
                .variants(List.of(new VariantDefinition().code("STD").names(Map.of("en", "Standard"))
                        .prices(List.of(new CountryPrice().country("DE").price(new Money().amount(9900L).currency("EUR"))))));
        ApiResponse<ProductAdmin> product = catalog.createProductWithHttpInfo(definition, null);
        String etag = product.getHeaders().get("etag").get(0);
        catalog.replaceProduct(product.getData().getId(), etag, definition.names(Map.of("en", "Toolbox 2")));
        ApiException stale = assertThrows(ApiException.class,
                () -> catalog.replaceProduct(product.getData().getId(), etag, definition));
        assertEquals(412, stale.getCode());
        assertEquals(Problem.TypeEnum.PRECONDITION_FAILED, problem(erp, stale).getType());
    }

    @Test
    void aLicenseCheckClientMayOnlyCheckEntitlements() throws Exception {
        ApiClient licenseCheck = client(Tokens.integration(IntegrationScope.ENTITLEMENTS_READ));
        assertNotNull(new SeatsApi(licenseCheck).checkEntitlement("ANY-PRODUCT", "someone@example.com"));

        ApiException refused = assertThrows(ApiException.class, () -> new SubscriptionsApi(licenseCheck)
                .createSubscription(new SubscriptionCreate().companyId(UUID.randomUUID()).productCode("X")
                        .productName("X").licenseQuantity(1).autoRenew(false).adminEmail("a@example.com"), null));
        assertEquals(403, refused.getCode());
        Problem problem = problem(licenseCheck, refused);
        assertEquals(Problem.TypeEnum.INSUFFICIENT_SCOPE, problem.getType());
        assertTrue(problem.getDetail().contains("subscriptions:write"), problem.getDetail());
    }
}
