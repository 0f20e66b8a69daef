package dev.portico.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The operations of the committed contract with their schemas resolved, and well-formed values made from those
 * schemas — the raw material of the spec-driven judges, so that a new operation is judged without anyone adding it.
 */
final class SpecOperations {

    static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    static final ObjectMapper JSON = new ObjectMapper();

    /** One operation of the contract. */
    record Op(String method, String path, Operation operation) {

        String id() {
            return operation.getOperationId();
        }

        @SuppressWarnings("unchecked")
        List<String> roles() {
            Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
            return roles == null ? List.of() : (List<String>) roles;
        }

        boolean isPublic() {
            return operation.getSecurity() != null && operation.getSecurity().isEmpty();
        }

        String scope() {
            return operation.getSecurity() == null ? null : operation.getSecurity().stream()
                    .filter(r -> r.containsKey("integration")).map(r -> r.get("integration").get(0))
                    .findFirst().orElse(null);
        }

        List<Parameter> parameters() {
            return operation.getParameters() == null ? List.of() : operation.getParameters();
        }

        /** The request body's media type, or null. */
        String bodyType() {
            return operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().keySet().iterator().next();
        }

        Schema<?> bodySchema() {
            return operation.getRequestBody() == null ? null
                    : operation.getRequestBody().getContent().values().iterator().next().getSchema();
        }
    }

    static List<Op> all() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api;
        try {
            api = new OpenAPIV3Parser().readContents(Files.readString(CONTRACT), null, options).getOpenAPI();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> ops.add(new Op(method.name(), path, operation))));
        return ops;
    }

    static boolean is(Schema<?> schema, String type) {
        return schema != null && (type.equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains(type)));
    }

    /** The schema a nullable {@code anyOf: [X, null]} stands for, or the schema itself. */
    static Schema<?> unwrapped(Schema<?> schema) {
        if (schema != null && schema.getAnyOf() != null) {
            for (Schema<?> member : schema.getAnyOf()) {
                if (!is(member, "null")) {
                    return member;
                }
            }
        }
        if (schema != null && schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return schema.getOneOf().get(0);
        }
        return schema;
    }

    /**
     * A well-formed value for the schema, using the world's ids for id fields and plausible text for the named ones:
     * what a careful client would send, as the base every hostile variation starts from.
     */
    static Object wellFormed(Schema<?> raw, String name, World.Made world, int depth) {
        Schema<?> schema = unwrapped(raw);
        if (schema == null || depth > 6) {
            return null;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        if (schema.getProperties() != null || is(schema, "object")) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((property, child) -> {
                    Object value = wellFormed(child, property, world, depth + 1);
                    if (value != null && (required.contains(property) || depth < 1 || known(property))) {
                        object.put(property, value);
                    }
                });
            }
            if (schema.getProperties() == null && schema.getAdditionalProperties() instanceof Schema<?> values) {
                object.put("en", wellFormed(values, name, world, depth + 1));
            }
            return object;
        }
        if (is(schema, "array")) {
            Object item = wellFormed(schema.getItems(), singular(name), world, depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (is(schema, "integer") || is(schema, "number")) {
            return schema.getMinimum() != null ? schema.getMinimum().max(java.math.BigDecimal.ONE).longValue() : 1;
        }
        if (is(schema, "boolean")) {
            return name.equals("internal") ? Boolean.FALSE : Boolean.TRUE;
        }
        return text(schema, name, world);
    }

    private static boolean known(String property) {
        return !List.of("attachmentIds", "cc", "expectedTotal").contains(property);
    }

    private static String singular(String name) {
        if (name.equals("cc")) {
            return "email";
        }
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    private static String text(Schema<?> schema, String name, World.Made world) {
        String format = schema.getFormat();
        if ("uuid".equals(format)) {
            return switch (name) {
                case "companyId" -> world.a().companyId().toString();
                case "contractLineId" -> world.ids().get("contractLine");
                case "variantId" -> world.ids().get("variant");
                case "attachmentId" -> world.ids().get("attachment");
                default -> UUID.randomUUID().toString();
            };
        }
        if ("date".equals(format)) {
            return LocalDate.now().plusDays(name.toLowerCase().contains("until") || name.endsWith("End") ? 30 : 0).toString();
        }
        if ("date-time".equals(format)) {
            return java.time.Instant.now().toString();
        }
        String lower = name.toLowerCase();
        if (lower.contains("email")) {
            return "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        }
        return switch (name) {
            case "language", "locale" -> "en";
            case "country", "customerCountry" -> "DE";
            case "currency" -> "EUR";
            case "number", "contractNumber" -> "F" + (100000 + (int) (Math.random() * 899999));
            case "taxId", "customerTaxId" -> "DE999999995";
            case "poNumber" -> "PO-1";
            case "postalCode" -> "10115";
            case "productCode", "code", "tier" -> "FUZZ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            case "iban" -> "DE89370400440532013000";
            default -> "Fuzz";
        };
    }
}
