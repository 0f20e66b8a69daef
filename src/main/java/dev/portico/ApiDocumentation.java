package dev.portico;

import dev.portico.account.AccountProblem;
import dev.portico.catalog.CatalogProblem;
import dev.portico.order.OrderProblem;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Problem;
import dev.portico.platform.problem.ProblemKind;
import dev.portico.seat.SeatProblem;
import dev.portico.subscription.SubscriptionProblem;
import dev.portico.support.SupportProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated OpenAPI document: every problem type Portico answers is listed on the Problem
 * schema ({@code x-problem-types}), and every operation documents its problem+json error responses.
 */
public class ApiDocumentation implements OASFilter {

    /** Every feature's problem kinds; a new feature adds its enum here. */
    static final List<List<? extends ProblemKind>> PROBLEM_KINDS = List.of(List.of(CommonProblem.values()),
            AccountProblem.ALL, SubscriptionProblem.ALL, SeatProblem.ALL, CatalogProblem.ALL,
            OrderProblem.ALL, SupportProblem.ALL);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Object> types = new LinkedHashMap<>();
        PROBLEM_KINDS.stream().flatMap(List::stream).forEach(kind -> {
            Map<String, Object> entry = new LinkedHashMap<>(); // stable order keeps the committed file stable
            entry.put("status", kind.status());
            entry.put("title", kind.title());
            types.put(kind.type(), entry);
        });
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem != null) {
            problem.addExtension("x-problem-types", types);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, ProblemKind> bySlug = new LinkedHashMap<>();
        PROBLEM_KINDS.stream().flatMap(List::stream).forEach(kind -> bySlug.put(kind.slug(), kind));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/api/v1/client-config")) {
                return;
            }
            addDeclaredProblems(operation, bySlug, path);
            addProblem(operation, "401", "Not signed in or the token is not valid");
            addProblem(operation, "403", "Signed in, but not allowed to do this");
            if (path.contains("{")) {
                addProblem(operation, "404", "Does not exist, or belongs to a company you are not a member of");
            }
            if (operation.getRequestBody() != null || operation.getParameters() != null) {
                addProblem(operation, "422", "Some fields are not valid (see errors)");
            }
        }));
    }

    /**
     * Turns an operation's {@code x-problems} extension (slugs, comma-separated; see {@link #PROBLEMS}) into responses
     * that name each problem type, so that integrations see per operation what it may answer and why.
     */
    private static void addDeclaredProblems(Operation operation, Map<String, ProblemKind> bySlug, String path) {
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(PROBLEMS)) {
            return;
        }
        Map<Integer, List<ProblemKind>> byStatus = new java.util.TreeMap<>();
        for (String slug : String.valueOf(operation.getExtensions().get(PROBLEMS)).split(",")) {
            ProblemKind kind = bySlug.get(slug.strip());
            if (kind == null) {
                throw new IllegalStateException(path + " declares an unknown problem type: " + slug);
            }
            byStatus.computeIfAbsent(kind.status(), s -> new java.util.ArrayList<>()).add(kind);
        }
        operation.removeExtension(PROBLEMS);
        byStatus.forEach((status, kinds) -> addProblem(operation, Integer.toString(status), String.join("; ",
                kinds.stream().map(k -> k.title() + " (" + k.type() + ")").toList())));
    }

    /** The extension a resource method uses to declare its problem types: {@code @Extension(name = PROBLEMS, value = "a,b")}. */
    public static final String PROBLEMS = "x-problems";

    private static void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
