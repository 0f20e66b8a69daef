package dev.portico.platform.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.portico.platform.problem.ProblemException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seam to VIES. VIES itself is outside the system, so its REST API is played by a local HTTP server (a test
 * double speaking VIES' JSON): the client asks only when switched on, maps its answers, and never fails a checkout
 * because VIES is down. BillingChecks refuses a number the register does not know.
 */
class VatRegistryTest {

    private HttpServer vies;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    private String viesAnswering(int status, String body) throws IOException {
        vies = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vies.createContext("/check-vat-number", exchange -> {
            asked.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        vies.start();
        return "http://127.0.0.1:" + vies.getAddress().getPort() + "/check-vat-number";
    }

    @AfterEach
    void stop() {
        if (vies != null) {
            vies.stop(0);
        }
    }

    private static ViesVatRegistry client(boolean enabled, String url) {
        return new ViesVatRegistry(new BillingConfig.Vies() {
            public boolean enabled() {
                return enabled;
            }

            public String url() {
                return url;
            }

            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        }, new ObjectMapper());
    }

    @Test
    void switchedOffByDefaultItAsksNobody() throws IOException {
        String url = viesAnswering(200, "{\"valid\":false}");
        assertEquals(VatRegistry.Answer.UNKNOWN, client(false, url).lookUp("IT", "00743110157"));
        assertTrue(asked.isEmpty());
    }

    @Test
    void switchedOnItSendsTheNumberAndMapsViesValidity() throws IOException {
        String url = viesAnswering(200, "{\"countryCode\":\"IT\",\"vatNumber\":\"00743110157\",\"valid\":true,\"name\":\"X\"}");
        assertEquals(VatRegistry.Answer.REGISTERED, client(true, url).lookUp("IT", "00743110157"));
        assertTrue(asked.get(0).contains("\"countryCode\":\"IT\"") && asked.get(0).contains("\"vatNumber\":\"00743110157\""),
                asked.get(0));
        stop();
        url = viesAnswering(200, "{\"countryCode\":\"IT\",\"vatNumber\":\"00743110157\",\"valid\":false}");
        assertEquals(VatRegistry.Answer.NOT_REGISTERED, client(true, url).lookUp("IT", "00743110157"));
    }

    @Test
    void aMemberStateThatIsDownOrAnUnreachableViesLeavesTheNumberUnknown() throws IOException {
        String url = viesAnswering(200, "{\"actionSucceed\":false,\"errorWrappers\":[{\"error\":\"MS_UNAVAILABLE\"}]}");
        assertEquals(VatRegistry.Answer.UNKNOWN, client(true, url).lookUp("DE", "136695976"));
        stop();
        url = viesAnswering(500, "{}");
        assertEquals(VatRegistry.Answer.UNKNOWN, client(true, url).lookUp("DE", "136695976"));
        stop();
        assertEquals(VatRegistry.Answer.UNKNOWN, client(true, url).lookUp("DE", "136695976")); // nobody listens
    }

    @Test
    void billingChecksRefuseANumberTheRegisterDoesNotKnowAndAskOnlyForWellFormedOnes() {
        List<String> looked = new CopyOnWriteArrayList<>();
        BillingChecks checks = new BillingChecks();
        checks.registry = (prefix, number) -> {
            looked.add(prefix + number);
            return VatRegistry.Answer.NOT_REGISTERED;
        };
        ProblemException refused = assertThrows(ProblemException.class,
                () -> checks.check("GR", "taxId", "EL094259216", "postalCode", "105 57"));
        assertEquals("taxId", refused.errors().get(0).field());
        assertTrue(refused.toProblem("/x", Locale.GERMAN).errors().get(0).message().contains("VIES"));
        assertEquals(List.of("EL094259216"), looked);

        assertThrows(ProblemException.class, () -> checks.check("IT", "taxId", "IT123", "postalCode", null));
        assertEquals(1, looked.size(), "a malformed number is not sent to the register");

        checks.registry = (prefix, number) -> VatRegistry.Answer.UNKNOWN;
        assertEquals(new BillingChecks.Checked("IT00743110157", "00184"),
                checks.check("IT", "taxId", "IT 00743110157", "postalCode", "00184"));
    }
}
