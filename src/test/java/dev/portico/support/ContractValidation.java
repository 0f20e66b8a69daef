package dev.portico.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Holds every response the backend suite receives to the committed contract {@code openapi/openapi.yaml}: status,
 * content type, body schema (no undeclared field: the validator closes every object) and headers, validated by
 * Atlassian's swagger-request-validator; on top, the headers Portico's conventions define (ETag, Location,
 * Retry-After, Idempotent-Replayed, WWW-Authenticate, RateLimit-*) must be declared where they are sent. Installed
 * for every {@code @QuarkusTest} by {@link ContractValidationCallback}; requests are not validated, since tests send
 * hostile ones on purpose. Prints how much of the contract the suite exercised when the JVM ends.
 */
public final class ContractValidation implements Filter {

    static final Path CONTRACT = Path.of("openapi/openapi.yaml");

    /** Headers that carry meaning in Portico's conventions: sending one the contract does not declare is a defect. */
    private static final Set<String> CONVENTION_HEADERS = Set.of("etag", "location", "retry-after",
            "idempotent-replayed", "www-authenticate", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset");

    private static final ContractValidation INSTANCE = new ContractValidation();

    private final OpenApiValidationFilter validator;
    private final List<Route> routes = new ArrayList<>();
    private final AtomicLong validated = new AtomicLong();
    private final Map<String, Set<Integer>> seen = new ConcurrentHashMap<>();

    private ContractValidation() {
        validator = new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(asOpenApi30(read()))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
        OpenAPI api = new OpenAPIV3Parser().readContents(read(), null, null).getOpenAPI();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                routes.add(new Route(method.name(), Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")),
                        operation, api))));
        Runtime.getRuntime().addShutdownHook(new Thread(this::report));
    }

    /** Adds the validation to RestAssured's global filters, once. */
    public static void install() {
        if (!RestAssured.filters().contains(INSTANCE)) {
            RestAssured.filters(INSTANCE);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        String path = java.net.URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return context.next(request, response);
        }
        Response answer = validator.filter(request, response, context);
        routes.stream().filter(r -> r.method().equals(request.getMethod()) && r.path().matcher(path).matches())
                .findFirst().ifPresent(route -> {
                    validated.incrementAndGet();
                    seen.computeIfAbsent(route.operation().getOperationId(), id -> ConcurrentHashMap.newKeySet())
                            .add(answer.statusCode());
                    checkConventionHeaders(route, answer);
                });
        return answer;
    }

    private static void checkConventionHeaders(Route route, Response answer) {
        ApiResponse declared = route.response(answer.statusCode());
        Set<String> allowed = new java.util.HashSet<>();
        if (declared != null && declared.getHeaders() != null) {
            declared.getHeaders().keySet().forEach(h -> allowed.add(h.toLowerCase(Locale.ROOT)));
        }
        List<String> undeclared = answer.headers().asList().stream()
                .map(h -> h.getName().toLowerCase(Locale.ROOT))
                .filter(h -> CONVENTION_HEADERS.contains(h) && !allowed.contains(h))
                .distinct().toList();
        if (!undeclared.isEmpty()) {
            throw new AssertionError("The contract does not declare the header(s) " + undeclared + " that "
                    + route.operation().getOperationId() + " sent with status " + answer.statusCode()
                    + ". Declare them in openapi/openapi.yaml (through the code), or stop sending them.");
        }
    }

    private void report() {
        int operations = routes.size();
        long statuses = seen.values().stream().mapToLong(Set::size).sum();
        StringBuilder out = new StringBuilder("contract validation: " + validated.get()
                + " responses validated against openapi/openapi.yaml; " + seen.size() + " of " + operations
                + " operations exercised, " + statuses + " distinct (operation, status) pairs\n");
        new TreeMap<>(seen).forEach((id, codes) -> out.append("  ").append(id).append(' ')
                .append(new java.util.TreeSet<>(codes)).append('\n'));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/contract-coverage.txt"), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(out.toString().lines().findFirst().orElse(""));
    }

    /**
     * The validator reads OpenAPI 3.0 (it takes a 3.1 {@code type: [string, "null"]} for JSON to parse), so it gets the
     * contract spelled in 3.0 terms with the same meaning: {@code type: [T, "null"]} becomes {@code type: T, nullable:
     * true}, the {@code null} member of an {@code anyOf} a schema that only {@code null} matches, and a schema's
     * {@code examples} its {@code example}. The {@code webhooks} section (requests Portico sends) is left out.
     */
    static String asOpenApi30(String yaml) {
        try {
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
            ObjectNode root = (ObjectNode) mapper.readTree(yaml);
            root.put("openapi", "3.0.3");
            root.remove("webhooks"); // 3.0 has none; they are what Portico sends, not answers this suite receives
            rewrite(root);
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode type = object.get("type");
            if (type != null && type.isArray()) {
                List<String> named = new ArrayList<>();
                type.forEach(t -> named.add(t.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() == 1) {
                    object.put("type", named.get(0));
                } else {
                    object.remove("type");
                }
            }
            if (object.get("examples") instanceof ArrayNode examples && !examples.isEmpty()
                    && (object.has("type") || object.has("properties"))) {
                object.set("example", examples.get(0)); // a 3.1 schema's examples; 3.0 has one example
                object.remove("examples");
            }
            for (String group : List.of("anyOf", "oneOf")) {
                if (object.get(group) instanceof ArrayNode members) {
                    for (int i = 0; i < members.size(); i++) {
                        if ("null".equals(members.get(i).path("type").asText())) {
                            ObjectNode onlyNull = mapperFree().put("type", "string").put("nullable", true);
                            onlyNull.putArray("enum").addNull();
                            members.set(i, onlyNull);
                        }
                    }
                }
            }
            object.forEach(ContractValidation::rewrite);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractValidation::rewrite);
        }
    }

    private static ObjectNode mapperFree() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    private static String read() {
        try {
            return Files.readString(CONTRACT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation of the contract and how to recognise its requests. */
    private record Route(String method, Pattern path, Operation operation, OpenAPI api) {

        ApiResponse response(int status) {
            ApiResponse found = operation.getResponses().get(Integer.toString(status));
            if (found == null) {
                found = operation.getResponses().getDefault();
            }
            if (found != null && found.get$ref() != null) {
                String name = found.get$ref().substring(found.get$ref().lastIndexOf('/') + 1);
                found = api.getComponents().getResponses().get(name);
            }
            return found;
        }
    }
}
