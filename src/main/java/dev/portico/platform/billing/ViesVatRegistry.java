package dev.portico.platform.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.logging.Logger;

/**
 * The European Commission's VIES, asked over its REST API when {@code portico.billing.vies.enabled} is true; otherwise
 * (the default) it asks nothing and answers {@link Answer#UNKNOWN}. Another register can replace it as a CDI bean
 * implementing {@link VatRegistry}.
 */
@ApplicationScoped
@DefaultBean
public class ViesVatRegistry implements VatRegistry {

    private static final Logger LOG = Logger.getLogger(ViesVatRegistry.class);

    private final BillingConfig.Vies config;
    private final ObjectMapper json;
    private final HttpClient http;

    @Inject
    public ViesVatRegistry(BillingConfig config, ObjectMapper json) {
        this(config.vies(), json);
    }

    ViesVatRegistry(BillingConfig.Vies config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public Answer lookUp(String prefix, String number) {
        if (!config.enabled()) {
            return Answer.UNKNOWN;
        }
        try {
            String body = json.writeValueAsString(java.util.Map.of("countryCode", prefix, "vatNumber", number));
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("VIES answered %d for a %s number; accepted without the online check", response.statusCode(), prefix);
                return Answer.UNKNOWN;
            }
            JsonNode answer = json.readTree(response.body());
            if (!answer.path("valid").isBoolean()) {
                // VIES reports a member state's register being down in userError (MS_UNAVAILABLE, TIMEOUT, …)
                LOG.warnf("VIES could not check a %s number (%s); accepted without the online check", prefix,
                        answer.path("userError").asText("no answer"));
                return Answer.UNKNOWN;
            }
            return answer.path("valid").asBoolean() ? Answer.REGISTERED : Answer.NOT_REGISTERED;
        } catch (IOException e) {
            LOG.warnf("VIES not reachable (%s); a %s number accepted without the online check", e.getClass().getSimpleName(), prefix);
            return Answer.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.UNKNOWN;
        }
    }
}
