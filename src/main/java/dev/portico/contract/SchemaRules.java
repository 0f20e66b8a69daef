package dev.portico.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Rules that make the generated schemas say exactly what the server does, for validators and client generators:
 * <ul>
 * <li>scalar types the generator made components of ({@code UUID}, {@code Instant}, {@code LocalDate}) are inlined,
 * and a {@code $ref} carries no sibling {@code type};</li>
 * <li>a property that is not required may be absent or {@code null} (Jackson writes nulls), so it is nullable;</li>
 * <li>every pattern is anchored: Bean Validation matches the whole value, JSON Schema any part of it;</li>
 * <li>a discriminated {@code oneOf} is only its shapes, whatever fields the Java type that reads it has;</li>
 * <li>a schema only ever sent by clients is closed ({@code additionalProperties: false}): the server refuses unknown
 * fields rather than losing what a typo meant.</li>
 * </ul>
 */
final class SchemaRules {

    private static final String COMPONENT = "#/components/schemas/";
    private static final Set<SchemaType> SCALARS = Set.of(SchemaType.STRING, SchemaType.INTEGER, SchemaType.NUMBER,
            SchemaType.BOOLEAN);

    /** The longest text of a formatted scalar: a bound validators and the OWASP rules can see. */
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35);

    private final OpenAPI api;
    private Map<String, Schema> components;

    SchemaRules(OpenAPI api) {
        this.api = api;
        this.components = api.getComponents().getSchemas();
    }

    void apply() {
        inlineScalarComponents();
        components = api.getComponents().getSchemas();
        Set<String> requestOnly = reachable(true);
        requestOnly.removeAll(reachable(false));
        components.forEach((name, schema) -> {
            if (schema.getOneOf() != null && schema.getDiscriminator() != null) {
                // a discriminated union is only its shapes; the Java record's own fields are how the server reads it
                schema.setProperties(null);
                schema.setRequired(null);
                schema.setType(null);
            }
            tidy(schema);
            if (requestOnly.contains(name) && schema.getProperties() != null) {
                schema.setAdditionalPropertiesBoolean(false);
            }
        });
        forEachOperationSchema(this::tidy);
    }

    // ---- scalars ------------------------------------------------------------------------------------------

    private void inlineScalarComponents() {
        Map<String, Schema> scalars = new LinkedHashMap<>();
        components.forEach((name, schema) -> {
            if (schema.getType() != null && schema.getType().size() == 1 && SCALARS.contains(schema.getType().get(0))
                    && schema.getEnumeration() == null && schema.getProperties() == null) {
                scalars.put(COMPONENT + name, schema);
            }
        });
        Consumer<Schema> inline = schema -> walk(schema, s -> {
            Schema scalar = s.getRef() == null ? null : scalars.get(s.getRef());
            if (scalar != null) {
                s.setRef(null);
                s.setType(new ArrayList<>(scalar.getType()));
                s.setFormat(scalar.getFormat());
                s.setPattern(scalar.getPattern());
                s.setMaxLength(scalar.getMaxLength() != null ? scalar.getMaxLength() : FORMAT_LENGTHS.get(scalar.getFormat()));
            }
        });
        components.values().forEach(inline);
        forEachOperationSchema(inline);
        scalars.keySet().forEach(ref -> api.getComponents().removeSchema(ref.substring(COMPONENT.length())));
    }

    // ---- per schema ---------------------------------------------------------------------------------------

    private void tidy(Schema root) {
        walk(root, schema -> {
            if (schema.getRef() != null) {
                schema.setType(null); // "$ref with sibling type" confuses client generators
            }
            schema.setPattern(anchored(schema.getPattern()));
            if (schema.getMaxLength() == null && schema.getFormat() != null && schema.getType() != null
                    && schema.getType().contains(SchemaType.STRING)) {
                schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
            }
            if (schema.getProperties() != null) {
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                Map<String, Schema> properties = new LinkedHashMap<>();
                schema.getProperties().forEach((name, property) ->
                        properties.put(name, required.contains(name) ? property : nullable(property)));
                schema.setProperties(properties);
            }
        });
    }

    /** Bean Validation's {@code @Pattern} matches the whole value; {@code \S} is how {@code @NotBlank} is rendered. */
    static String anchored(String pattern) {
        if (pattern == null || (pattern.startsWith("^") && pattern.endsWith("$"))) {
            return pattern;
        }
        if (pattern.equals("\\S")) {
            return "^[\\s\\S]*\\S[\\s\\S]*$";
        }
        return "^(?:" + pattern + ")$";
    }

    /** Lets an optional property be {@code null}: {@code anyOf: [$ref, null]} for a reference, else {@code type: [T, null]}. */
    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema().description(property.getDescription())
                    .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                            OASFactory.createSchema().addType(SchemaType.NULL)));
        }
        if (property.getType() == null) {
            return property;
        }
        if (!property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            property.addEnumeration(null);
        }
        return property;
    }

    // ---- reachability -------------------------------------------------------------------------------------

    /** Component names reachable from request bodies ({@code requests}) or from responses. */
    private Set<String> reachable(boolean requests) {
        Set<String> found = new HashSet<>();
        List<Schema> roots = new ArrayList<>();
        forEachOperation(operation -> {
            if (requests && operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), roots::add);
            }
            if (!requests && operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> contentSchemas(response.getContent(), roots::add));
            }
        });
        List<Schema> queue = new ArrayList<>(roots);
        while (!queue.isEmpty()) {
            walk(queue.remove(queue.size() - 1), schema -> {
                if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT)) {
                    String name = schema.getRef().substring(COMPONENT.length());
                    if (found.add(name) && components.containsKey(name)) {
                        queue.add(components.get(name));
                    }
                }
            });
        }
        return found;
    }

    // ---- traversal ----------------------------------------------------------------------------------------

    private void forEachOperation(Consumer<Operation> action) {
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(action));
        }
    }

    private void forEachOperationSchema(Consumer<Schema> action) {
        forEachOperation(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(p -> p.getSchema()).filter(Objects::nonNull).forEach(action);
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent(), action);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> contentSchemas(response.getContent(), action));
            }
        });
        if (api.getComponents().getParameters() != null) {
            api.getComponents().getParameters().values().stream().map(p -> p.getSchema()).filter(Objects::nonNull)
                    .forEach(action);
        }
    }

    private static void contentSchemas(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull).forEach(action);
        }
    }

    /** Visits a schema and every schema inside it (properties, items, compositions), parents first. */
    static void walk(Schema schema, Consumer<Schema> visitor) {
        if (schema == null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            List.copyOf(schema.getProperties().values()).forEach(p -> walk(p, visitor));
        }
        walk(schema.getItems(), visitor);
        walk(schema.getAdditionalPropertiesSchema(), visitor);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> walk(s, visitor));
            }
        }
    }
}
