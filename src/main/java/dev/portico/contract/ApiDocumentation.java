package dev.portico.contract;

import dev.portico.account.AccountProblem;
import dev.portico.catalog.CatalogProblem;
import dev.portico.order.OrderProblem;
import dev.portico.platform.idempotency.Idempotent;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Problem;
import dev.portico.platform.problem.ProblemKind;
import dev.portico.platform.webhook.WebhookProblem;
import dev.portico.platform.security.CompanyRole;
import dev.portico.platform.security.IntegrationScope;
import dev.portico.platform.security.RequiresScope;
import dev.portico.platform.security.Roles;
import dev.portico.seat.SeatProblem;
import dev.portico.subscription.SubscriptionProblem;
import dev.portico.support.SupportProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated OpenAPI document from what the code declares, so that the contract cannot drift from the
 * behaviour: who may call each operation ({@code @RolesAllowed}, {@code @RequiresScope} → security requirements and
 * {@code x-roles}), the {@code Idempotency-Key} every POST honours, the {@code If-Match} the updates require, and
 * every problem+json response an operation can give (the conventions' own plus the {@code x-problems} it declares).
 * Schema-level rules (nullable optionals, anchored patterns, closed request bodies) are in {@link SchemaRules}.
 */
public class ApiDocumentation implements OASFilter {

    /** Every feature's problem kinds; a new feature adds its list here. */
    static final List<List<? extends ProblemKind>> PROBLEM_KINDS = List.of(List.of(CommonProblem.values()),
            AccountProblem.ALL, SubscriptionProblem.ALL, SeatProblem.ALL, CatalogProblem.ALL,
            OrderProblem.ALL, SupportProblem.ALL, WebhookProblem.ALL);

    /** The extension a resource method uses to declare its problem types: {@code @Extension(name = PROBLEMS, value = "a,b")}. */
    public static final String PROBLEMS = "x-problems";

    /** Security scheme of people signed in through Keycloak (the SPA, or any OIDC client of the realm). */
    static final String PEOPLE = "portal";

    /** Security scheme of integrations: OAuth 2 client credentials with per-capability scopes. */
    static final String INTEGRATIONS = "integration";

    private static final String RFC8725 = " Access tokens are JWTs signed by Keycloak (RS256); Portico verifies them as "
            + "RFC8725 recommends: the algorithm comes from the realm's key, never from the token, and issuer, audience "
            + "(`portico-api`) and expiry are checked.";

    private static final Map<String, String> TAGS = tags();

    /** Problem kinds answered through a shared response in {@code components/responses}. */
    private static final Map<ProblemKind, String> SHARED_RESPONSES = sharedResponses();

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, ProblemKind> bySlug = new LinkedHashMap<>();
        PROBLEM_KINDS.stream().flatMap(List::stream).forEach(kind -> bySlug.put(kind.slug(), kind));
        describeDocument(api, bySlug);
        Map<String, Method> methods = ResourceMethods.byOperationId();
        List<String> undocumented = new ArrayList<>(methods.keySet());
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
                Method method = methods.get(operation.getOperationId());
                if (method == null) {
                    throw new IllegalStateException(verb + " " + path + " has no resource method with operationId "
                            + operation.getOperationId());
                }
                undocumented.remove(operation.getOperationId());
                describeOperation(path, verb, operation, method, bySlug, api.getComponents().getSchemas());
            }));
        }
        if (!undocumented.isEmpty()) {
            throw new IllegalStateException("Resource methods missing from the contract: " + undocumented);
        }
        WebhookDocumentation.apply(api);
        new SchemaRules(api).apply();
    }

    // ---- the document -------------------------------------------------------------------------------------

    private static void describeDocument(OpenAPI api, Map<String, ProblemKind> bySlug) {
        String portal = config("portico.public-url", "http://localhost:8080");
        String realm = config("portico.sso.url", "http://localhost:8180") + "/realms/" + config("portico.sso.realm", "portico");
        api.setServers(List.of(
                OASFactory.createServer().url("https://{portal}")
                        .description("Production: your portal, where the API lives under /api/v1")
                        .variables(Map.of("portal", OASFactory.createServerVariable().defaultValue("portal.example.com")
                                .description("Your portal's host name")))
                        .addExtension("x-internal", false),
                OASFactory.createServer().url(portal)
                        .description("Local development (scripts/dev.sh)")
                        .addExtension("x-internal", true)));
        api.getInfo().contact(OASFactory.createContact().name("Portico").url(portal));
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> tag.setDescription(TAGS.get(tag.getName())));
        }
        Components components = api.getComponents();

        OAuthFlow clientCredentials = OASFactory.createOAuthFlow()
                .tokenUrl(realm + "/protocol/openid-connect/token");
        for (IntegrationScope scope : IntegrationScope.values()) {
            clientCredentials.addScope(scope.value(), scope.description());
        }
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of()));
        components.addSecurityScheme(PEOPLE, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(realm + "/.well-known/openid-configuration")
                .description("People sign in with Keycloak (authorization code with PKCE; the SPA's client is "
                        + "`portico-spa`) and send the access token as `Authorization: Bearer …`. What they may do "
                        + "follows from their realm roles (`x-roles` on each operation) and their membership of the "
                        + "company that owns what the operation names (`x-company-role`: any `MEMBER`, or an `ADMIN`); "
                        + "another company's objects answer 404, like missing ones."
                        + RFC8725));
        components.addSecurityScheme(INTEGRATIONS, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .flows(OASFactory.createOAuthFlows().clientCredentials(clientCredentials))
                .description("Integrations (an ERP, a shop, the vendor's software) get a token with the client "
                        + "credentials grant of a Keycloak client whose service account has the realm role "
                        + "`integration`. Each operation names the one scope it needs; without it the answer is 403 "
                        + "`/problems/insufficient-scope`." + RFC8725));

        components.addHeader("ETag", header("The resource's version; send it back in `If-Match` to change it",
                stringSchema(40, null)));
        components.addHeader("Location", header("URL of the created resource",
                stringSchema(2048, null).format("uri-reference")));
        components.addHeader("Retry-After", header("Seconds to wait before trying again",
                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        components.addHeader("Idempotent-Replayed", header("Present when this is the stored answer to an earlier "
                + "request with the same Idempotency-Key", stringSchema(null, null).enumeration(List.of("true"))));
        components.addHeader("Content-Language", header("The language of the problem's `title`, `detail` and field "
                + "messages: the signed-in person's profile language, else the best match of `Accept-Language` among "
                + "en, de, fr, it and pl, else en", stringSchema(2, null).enumeration(List.of("en", "de", "fr", "it", "pl"))));
        components.addHeader("X-Request-Id", header("The request's id (yours if you sent a plausible `X-Request-Id`): "
                + "quote it to support, it is in every log line of the request", stringSchema(64, "^[A-Za-z0-9._-]{1,64}$")));
        components.addHeader("WWW-Authenticate", header("The authentication scheme (Bearer) and, for a missing scope, "
                + "`error=\"insufficient_scope\"` with the scope", stringSchema(500, null)));

        Schema count = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE));
        components.addHeader("RateLimit-Limit", header("Requests a caller may make per period on one app instance "
                + "(IETF httpapi rate-limit headers)", count));
        components.addHeader("RateLimit-Remaining", header("Requests left in the current period", count));
        components.addHeader("RateLimit-Reset", header("Seconds until the full budget is back", count));

        components.addParameter("IdempotencyKey", idempotencyKey(false));
        components.addParameter("IdempotencyKeyRequired", idempotencyKey(true));
        components.addParameter("IfMatch", OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                .required(true).description("The ETag of the version you read (`*` for any); missing → 428, "
                        + "stale → 412")
                .schema(stringSchema(200, null)));

        SHARED_RESPONSES.forEach((kind, name) -> components.addResponse(name, problemResponse(List.of(kind))));
        components.getResponses().get("ValidationFailed").getContent().getMediaType(Problem.MEDIA_TYPE)
                .addExample("a field error", OASFactory.createExample().value(json(Examples.VALIDATION_FAILED)));
        describeProblem(components, bySlug);
    }

    private static Parameter idempotencyKey(boolean required) {
        return OASFactory.createParameter().name(Idempotent.HEADER).in(Parameter.In.HEADER).required(required)
                .description(required
                        ? "Required: a key unique to this request (a UUID). A retry with the same key and body returns "
                                + "the first answer and never charges twice; the same key with another body is 422."
                        : "Makes a retry safe: a replay with the same key and body returns the first answer "
                                + "(`Idempotent-Replayed: true`); the same key with another body is 422. Kept 24 hours.")
                .schema(stringSchema(Idempotent.MAX_LENGTH, Idempotent.PATTERN));
    }

    /** The Problem schema names every problem type as an enum; {@code x-problem-types} gives each one's status and title. */
    private static void describeProblem(Components components, Map<String, ProblemKind> bySlug) {
        Schema problem = components.getSchemas().get("Problem");
        if (problem == null) {
            return;
        }
        Map<String, Object> types = new LinkedHashMap<>();
        bySlug.values().forEach(kind -> {
            Map<String, Object> entry = new LinkedHashMap<>(); // stable order keeps the committed file stable
            entry.put("status", kind.status());
            entry.put("title", kind.title());
            types.put(kind.type(), entry);
        });
        problem.addExtension("x-problem-types", types);
        Schema type = problem.getProperties().get("type");
        type.setEnumeration(new ArrayList<>(types.keySet()));
        type.setMaxLength(null);
        // names for generated enums: NO_FREE_SEAT rather than _PROBLEMS_NO_FREE_SEAT
        type.addExtension("x-enum-varnames", bySlug.keySet().stream()
                .map(slug -> slug.toUpperCase(java.util.Locale.ROOT).replace('-', '_')).toList());
    }

    // ---- each operation -----------------------------------------------------------------------------------

    private static void describeOperation(String path, PathItem.HttpMethod verb, Operation operation, Method method,
            Map<String, ProblemKind> bySlug, Map<String, Schema> components) {
        String where = verb + " " + path;
        Access access = Access.of(method, where);
        if (access.isPublic()) {
            operation.setSecurity(List.of());
        } else {
            List<SecurityRequirement> security = new ArrayList<>();
            if (access.roles().stream().anyMatch(role -> !Roles.INTEGRATION.equals(role))) {
                security.add(OASFactory.createSecurityRequirement().addScheme(PEOPLE));
            }
            if (access.scope() != null) {
                security.add(OASFactory.createSecurityRequirement().addScheme(INTEGRATIONS, access.scope().value()));
            }
            operation.setSecurity(security);
            operation.addExtension("x-roles", access.roles());
            CompanyRole companyRole = method.getAnnotation(CompanyRole.class);
            if (companyRole != null) {
                operation.addExtension("x-company-role", companyRole.value().name());
            } else if (access.roles().contains(Roles.CUSTOMER) && path.contains("{")) {
                throw new IllegalStateException(where + " names a company's object: say who in the company may call it "
                        + "with @CompanyRole");
            }
        }

        boolean post = verb == PathItem.HttpMethod.POST;
        List<Parameter> parameters = new ArrayList<>(operation.getParameters() == null ? List.of() : operation.getParameters());
        parameters.removeIf(p -> p.getIn() == Parameter.In.HEADER && Idempotent.HEADER.equalsIgnoreCase(p.getName()));
        boolean ifMatch = parameters.removeIf(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        if (ifMatch) {
            parameters.add(OASFactory.createParameter().ref("IfMatch"));
        }
        if (post) {
            parameters.add(OASFactory.createParameter()
                    .ref(method.isAnnotationPresent(Idempotent.class) ? "IdempotencyKeyRequired" : "IdempotencyKey"));
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);

        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(switch (status) {
                        case "201" -> "Created";
                        case "204" -> "Done; no content";
                        default -> "OK";
                    });
                }
                if (post) {
                    response.addHeader("Idempotent-Replayed", OASFactory.createHeader().ref("Idempotent-Replayed"));
                }
            }
        });

        boolean input = operation.getRequestBody() != null || !parameters.isEmpty();
        Map<Integer, List<ProblemKind>> problems = new TreeMap<>();
        if (input) {
            add(problems, CommonProblem.BAD_REQUEST, CommonProblem.VALIDATION);
        }
        if (!access.isPublic()) {
            add(problems, CommonProblem.UNAUTHORIZED, CommonProblem.FORBIDDEN, CommonProblem.SIGN_IN_UNAVAILABLE);
            if (access.scope() != null) {
                add(problems, CommonProblem.INSUFFICIENT_SCOPE);
            }
        }
        if (path.contains("{") || parameters.stream().anyMatch(p -> namesAnId(p.getSchema(), components, new HashSet<>()))
                || (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes().values().stream()
                                .anyMatch(m -> namesAnId(m.getSchema(), components, new HashSet<>())))) {
            add(problems, CommonProblem.NOT_FOUND); // an id that is not there, or not the caller's
        }
        if (operation.getRequestBody() != null) {
            add(problems, CommonProblem.PAYLOAD_TOO_LARGE, CommonProblem.UNSUPPORTED_MEDIA_TYPE);
        }
        if (post) {
            add(problems, CommonProblem.IDEMPOTENCY_KEY_IN_USE, CommonProblem.IDEMPOTENCY_KEY_REUSED);
        }
        if (ifMatch) {
            add(problems, CommonProblem.PRECONDITION_FAILED, CommonProblem.PRECONDITION_REQUIRED);
        }
        add(problems, declaredProblems(operation, bySlug, where).toArray(ProblemKind[]::new));
        add(problems, CommonProblem.URI_TOO_LONG, CommonProblem.NOT_ACCEPTABLE, CommonProblem.RATE_LIMITED,
                CommonProblem.INTERNAL, CommonProblem.SERVICE_UNAVAILABLE);

        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                rateLimitHeaders(response);
            }
        });
        problems.forEach((status, kinds) -> {
            String code = Integer.toString(status);
            APIResponse existing = operation.getResponses().getAPIResponse(code);
            operation.getResponses().removeAPIResponse(code);
            String shared = kinds.size() == 1 ? SHARED_RESPONSES.get(kinds.get(0)) : null;
            Map<String, Example> examples = existing == null || existing.getContent() == null ? null
                    : existing.getContent().getMediaType(Problem.MEDIA_TYPE) == null ? null
                    : existing.getContent().getMediaType(Problem.MEDIA_TYPE).getExamples();
            if (shared != null && examples == null) {
                operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().ref(shared));
            } else {
                APIResponse response = problemResponse(kinds);
                if (examples != null) { // an example the method gives for this status (@APIResponse) is kept
                    response.getContent().getMediaType(Problem.MEDIA_TYPE).setExamples(examples);
                }
                operation.getResponses().addAPIResponse(code, response);
            }
        });
    }

    /** Whether a schema holds an id (a UUID) somewhere, which may name something missing or someone else's. */
    private static boolean namesAnId(Schema schema, Map<String, Schema> components, Set<String> seen) {
        if (schema == null) {
            return false;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            return name.equals("UUID") || (seen.add(name) && namesAnId(components.get(name), components, seen));
        }
        if ("uuid".equals(schema.getFormat())) {
            return true;
        }
        return (schema.getProperties() != null
                && schema.getProperties().values().stream().anyMatch(p -> namesAnId(p, components, seen)))
                || namesAnId(schema.getItems(), components, seen);
    }

    private static void add(Map<Integer, List<ProblemKind>> problems, ProblemKind... kinds) {
        for (ProblemKind kind : kinds) {
            List<ProblemKind> atStatus = problems.computeIfAbsent(kind.status(), s -> new ArrayList<>());
            if (!atStatus.contains(kind)) {
                atStatus.add(kind);
            }
        }
    }

    /** The kinds named in an operation's {@code x-problems} (removed from the output); an unknown slug fails the build. */
    private static List<ProblemKind> declaredProblems(Operation operation, Map<String, ProblemKind> bySlug, String where) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(PROBLEMS)) {
            return List.of();
        }
        List<ProblemKind> kinds = new ArrayList<>();
        for (String slug : String.valueOf(operation.getExtensions().get(PROBLEMS)).split(",")) {
            ProblemKind kind = bySlug.get(slug.strip());
            if (kind == null) {
                throw new IllegalStateException(where + " declares an unknown problem type: " + slug);
            }
            kinds.add(kind);
        }
        operation.removeExtension(PROBLEMS);
        return kinds;
    }

    /** Every answer that reaches the API (2xx and 4xx) tells the caller's rate-limit budget ({@code ApiRateLimit}). */
    private static APIResponse rateLimitHeaders(APIResponse response) {
        for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
        return response;
    }

    private static APIResponse problemResponse(List<ProblemKind> kinds) {
        String description = kinds.stream().map(k -> k.title() + " (`" + k.type() + "`)").collect(Collectors.joining("; "));
        if (kinds.contains(CommonProblem.INTERNAL)) {
            description += ". The problem's `errorId` is in the server log.";
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        response.addHeader("Content-Language", OASFactory.createHeader().ref("Content-Language"));
        response.addHeader("X-Request-Id", OASFactory.createHeader().ref("X-Request-Id"));
        if (kinds.contains(CommonProblem.RATE_LIMITED) || kinds.contains(CommonProblem.IDEMPOTENCY_KEY_IN_USE)
                || kinds.contains(CommonProblem.SIGN_IN_UNAVAILABLE) || kinds.contains(CommonProblem.SERVICE_UNAVAILABLE)) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        if (kinds.contains(CommonProblem.UNAUTHORIZED) || kinds.contains(CommonProblem.INSUFFICIENT_SCOPE)) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader().ref("WWW-Authenticate"));
        }
        return kinds.get(0).status() < 500 ? rateLimitHeaders(response) : response;
    }

    /** Who may call a resource method, from its annotations (the method's win over the class's). */
    record Access(List<String> roles, IntegrationScope scope) {

        boolean isPublic() {
            return roles.isEmpty();
        }

        static Access of(Method method, String where) {
            Class<?> type = method.getDeclaringClass();
            RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                    ? method.getAnnotation(RolesAllowed.class)
                    : method.isAnnotationPresent(PermitAll.class) ? null : type.getAnnotation(RolesAllowed.class);
            if (allowed == null && !method.isAnnotationPresent(PermitAll.class) && !type.isAnnotationPresent(PermitAll.class)) {
                throw new IllegalStateException(where + " says neither @RolesAllowed nor @PermitAll");
            }
            List<String> roles = allowed == null ? List.of() : Arrays.asList(allowed.value());
            RequiresScope scope = method.getAnnotation(RequiresScope.class);
            if (roles.contains(Roles.INTEGRATION) != (scope != null)) {
                throw new IllegalStateException(where + ": an operation open to integrations names its scope with "
                        + "@RequiresScope, and only such an operation does");
            }
            return new Access(roles, scope == null ? null : scope.value());
        }
    }

    // ---- small builders -----------------------------------------------------------------------------------

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema stringSchema(Integer maxLength, String pattern) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength).pattern(pattern);
    }

    /** An example as JSON, not as the text of it. */
    static Object json(String example) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(example, Object.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("An example is not JSON: " + example, e);
        }
    }

    private static String config(String key, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
    }

    private static Map<ProblemKind, String> sharedResponses() {
        Map<ProblemKind, String> shared = new LinkedHashMap<>(); // stable order keeps the committed file stable
        shared.put(CommonProblem.BAD_REQUEST, "BadRequest");
        shared.put(CommonProblem.UNAUTHORIZED, "Unauthorized");
        shared.put(CommonProblem.FORBIDDEN, "Forbidden");
        shared.put(CommonProblem.NOT_FOUND, "NotFound");
        shared.put(CommonProblem.NOT_ACCEPTABLE, "NotAcceptable");
        shared.put(CommonProblem.PRECONDITION_FAILED, "PreconditionFailed");
        shared.put(CommonProblem.PAYLOAD_TOO_LARGE, "PayloadTooLarge");
        shared.put(CommonProblem.URI_TOO_LONG, "UriTooLong");
        shared.put(CommonProblem.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType");
        shared.put(CommonProblem.VALIDATION, "ValidationFailed");
        shared.put(CommonProblem.PRECONDITION_REQUIRED, "PreconditionRequired");
        shared.put(CommonProblem.RATE_LIMITED, "RateLimited");
        shared.put(CommonProblem.INTERNAL, "InternalError");
        shared.put(CommonProblem.SIGN_IN_UNAVAILABLE, "SignInUnavailable");
        shared.put(CommonProblem.SERVICE_UNAVAILABLE, "ServiceUnavailable");
        return shared;
    }

    private static Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Account", "The signed-in person: who they are, their language, and the SPA's sign-in settings");
        tags.put("Companies", "Companies, their members and roles, and invitations to join");
        tags.put("Audit", "A company's audit trail: who changed what, when");
        tags.put("Subscriptions", "Subscriptions from activation (accepting the agreement) to renewal or end: PO "
                + "number, payment method, admin transfer, invoices, cancellation at renewal; agreement versions");
        tags.put("Seats", "License seats handed to people by email with their own periods, bulk import, "
                + "\"My licenses\" and the entitlement check the vendor's software calls");
        tags.put("Catalog", "The products on offer, priced for the buyer's company (country, VAT, reseller discount)");
        tags.put("Catalog management", "Back office: products, variants, list prices, VAT rates, reseller tiers "
                + "and discounts");
        tags.put("Cart", "A person's server-side cart for a company, priced on the server");
        tags.put("Orders", "Checkout (credit, card, SEPA, invoice), orders with what they delivered, license keys, "
                + "cancellation and associating a bought service with an end customer");
        tags.put("Prepaid credit", "A reseller's prepaid balance, its statement and back office top-ups");
        tags.put("Support contracts", "Support contracts, claimed by proof (tax ID, contract number, serial number "
                + "or license key) and imported from the vendor's ERP");
        tags.put("Tickets", "Support tickets on a contract line: thread, internal notes, attachments, CCs, states "
                + "and the agents' queue");
        tags.put("Webhooks", "Signed webhooks (Standard Webhooks): endpoints that receive a company's events (its admins) "
                + "or every company's (back office, integrations), their delivery log, resending, test events and "
                + "secret rotation; the events themselves are under `webhooks`");
        return tags;
    }
}
