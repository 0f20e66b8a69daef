package dev.portico.contract;

import dev.portico.platform.webhook.WebhookEventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The contract's {@code webhooks:} section (OpenAPI 3.1), generated from {@link WebhookEventType}: one POST per event
 * type with its signed headers and its payload schema ({@code <Type>Event}), so that generated clients get the events
 * too, and the {@code WebhookEventType} enum the endpoints' filters take.
 */
final class WebhookDocumentation {

    static final String SIGNING = "Every request is signed as [Standard Webhooks](https://www.standardwebhooks.com/) "
            + "says: `webhook-id` (the event's id, the same on every retry: use it to drop duplicates), "
            + "`webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of "
            + "`id.timestamp.body` with the endpoint's secret, `whsec_…`; right after a rotation two signatures, "
            + "separated by a space, for 24 hours). Verify it with a Standard Webhooks library and reject timestamps "
            + "older than 5 minutes. Answer 2xx within 15 seconds; redirects are not followed. Anything else is "
            + "retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h (plus jitter); 410 Gone disables "
            + "the endpoint at once, and failing for 5 days disables it too. The data is thin — ids, the company, "
            + "what changed and a link — so fetch the resource for its current state.";

    private WebhookDocumentation() {
    }

    static void apply(OpenAPI api) {
        var components = api.getComponents();
        Map<String, Schema> schemas = components.getSchemas();
        components.addSchema("WebhookEventType", OASFactory.createSchema().addType(SchemaType.STRING)
                .description("An event type, as in `type` and in an endpoint's `eventTypes`")
                .enumeration(new ArrayList<>(WebhookEventType.subscribable())));
        // the endpoints' filters name these types
        for (String name : List.of("WebhookEndpointCreate", "WebhookEndpointUpdate", "WebhookEndpoint")) {
            Schema endpoint = schemas.get(name);
            if (endpoint != null && endpoint.getProperties() != null && endpoint.getProperties().get("eventTypes") != null) {
                endpoint.getProperties().get("eventTypes")
                        .setItems(OASFactory.createSchema().ref("#/components/schemas/WebhookEventType"));
            }
        }
        Map<String, org.eclipse.microprofile.openapi.models.PathItem> webhooks = new LinkedHashMap<>();
        for (WebhookEventType type : WebhookEventType.values()) {
            String name = schemaName(type);
            components.addSchema(name, event(type));
            Operation post = OASFactory.createOperation()
                    .operationId("webhook" + name.substring(0, name.length() - "Event".length()))
                    .summary(type.description())
                    .description(SIGNING)
                    .tags(List.of("Webhooks"))
                    .parameters(List.of(
                            header("webhook-id", "The event's id, the same on every attempt", 36),
                            header("webhook-timestamp", "When this attempt was signed, in Unix seconds", 20),
                            header("webhook-signature", "`v1,<base64 HMAC-SHA256>`, several separated by a space", 500)))
                    .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                            .addMediaType("application/json", OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("#/components/schemas/" + name)))))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse("200", OASFactory.createAPIResponse()
                                    .description("Received (any 2xx). The answer's first 2 KB are kept in the delivery log"))
                            .addAPIResponse("410", OASFactory.createAPIResponse()
                                    .description("The receiver wants no more events: the endpoint is disabled at once"))
                            .addAPIResponse("default", OASFactory.createAPIResponse()
                                    .description("Anything else (or no answer within 15 s) is retried on the schedule")));
            post.setSecurity(List.of());
            webhooks.put(type.value(), OASFactory.createPathItem().POST(post));
        }
        api.setWebhooks(webhooks);
    }

    /** {@code seat.assigned} → {@code SeatAssignedEvent}. */
    static String schemaName(WebhookEventType type) {
        return Arrays.stream(type.value().split("[._]"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining()) + "Event";
    }

    private static Parameter header(String name, String description, int maxLength) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength));
    }

    private static Schema event(WebhookEventType type) {
        Map<String, Schema> data = new LinkedHashMap<>();
        List<String> required = new ArrayList<>(List.of("id", "companyId"));
        data.put("id", uuid("The id of the resource the event is about"));
        data.put("companyId", uuid("The company it belongs to"));
        for (String field : type.fields()) {
            boolean nullable = field.endsWith("?");
            String[] parts = (nullable ? field.substring(0, field.length() - 1) : field).split(":");
            data.put(parts[0], kind(parts[1]));
            if (!nullable) {
                required.add(parts[0]);
            }
        }
        data.put("link", OASFactory.createSchema().addType(SchemaType.STRING).format("uri").maxLength(2100)
                .description("The resource in the API: fetch it for the current state"));
        required.add("link");
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description(type.description() + " (`" + type.value() + "`)")
                .required(List.of("type", "timestamp", "data"))
                .properties(envelope(type, required, data));
    }

    /** {@code type}, {@code timestamp}, {@code data}, in this order (the document must come out the same every time). */
    private static Map<String, Schema> envelope(WebhookEventType type, List<String> required, Map<String, Schema> data) {
        Map<String, Schema> envelope = new LinkedHashMap<>();
        envelope.put("type", OASFactory.createSchema().addType(SchemaType.STRING)
                .enumeration(new ArrayList<>(List.of(type.value()))));
        envelope.put("timestamp", OASFactory.createSchema().addType(SchemaType.STRING).format("date-time")
                .description("When it happened"));
        envelope.put("data", OASFactory.createSchema().addType(SchemaType.OBJECT).required(required).properties(data));
        return envelope;
    }

    private static Schema uuid(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format("uuid").description(description);
    }

    private static Schema kind(String kind) {
        return switch (kind) {
            case "uuid" -> OASFactory.createSchema().addType(SchemaType.STRING).format("uuid");
            case "date" -> OASFactory.createSchema().addType(SchemaType.STRING).format("date");
            case "date-time" -> OASFactory.createSchema().addType(SchemaType.STRING).format("date-time");
            case "integer" -> OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64");
            case "boolean" -> OASFactory.createSchema().addType(SchemaType.BOOLEAN);
            case "money" -> OASFactory.createSchema().ref("#/components/schemas/Money");
            default -> OASFactory.createSchema().addType(SchemaType.STRING).maxLength(500);
        };
    }
}
