package dev.portico.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.portico.contract.SpecOperations.Op;
import dev.portico.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix, generated from the contract: every operation × {anonymous, member of company A, admin of
 * A, admin of another company, a person without a company, support agent, back office, integration}, called on A's
 * real objects with a well-formed request. The expected answer follows from what the operation declares — its realm
 * roles ({@code x-roles}), its integration scope, and who in the owning company may call it ({@code x-company-role}):
 * anonymous → 401, a role it does not admit → 403, a company member where an admin is needed → 403, another company or
 * none → 404 exactly as for a missing object; everyone else gets past authorisation (neither 401, 403 nor 404). A
 * refused call changes nothing: A's data is compared before and after every refusal.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Company A's data a refused call must not touch (rows of A, compared as text). */
    static final List<String> GUARDED = List.of(
            "select id, name, country, version, updated_at from company where id = :a",
            "select id, user_id, role from membership where company_id = :a",
            "select id, email, status from invitation where company_id = :a",
            "select id, status, po_number, admin_user_id, admin_email, version from subscription where company_id = :a",
            "select id, email, valid_from, valid_until, revoked_at from seat where company_id = :a",
            "select id, status from customer_order where company_id = :a",
            "select id, variant_id, quantity from cart_line where company_id = :a",
            "select id, state, title from ticket where company_id = :a",
            "select count(*) from ticket_message where ticket_id in (select id from ticket where company_id = :a)",
            "select count(*) from ticket_cc where ticket_id in (select id from ticket where company_id = :a)",
            "select count(*) from credit_entry where company_id = :a",
            "select id, company_id from support_contract where company_id = :a",
            "select id, url, event_types, enabled, secret, version from webhook_endpoint where company_id = :a",
            "select id, status, attempts from webhook_delivery where endpoint_id in (select id from webhook_endpoint where company_id = :a)");

    @Inject
    World world;

    @Inject
    Fixtures fixtures;

    enum Persona { ANONYMOUS, INTEGRATION, BACKOFFICE, AGENT, OTHER_COMPANY_ADMIN, WITHOUT_COMPANY, MEMBER, ADMIN }

    /** Whether the answer must be a refusal, and which. */
    enum Expected { ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND }

    @Test
    void everyOperationAdmitsExactlyWhomItDeclares() {
        World.Made made = world.build();
        List<Op> ops = new ArrayList<>(SpecOperations.all());
        // reads first, deletions last: what an allowed call changes must not take the objects from later operations
        // (and within a method the narrower first: a cart line is removed before the cart is emptied)
        ops.sort(Comparator.<Op>comparingInt(op -> List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(op.method()))
                .thenComparing(op -> -op.path().chars().filter(c -> c == '{').count()));
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        int calls = 0;
        for (Op op : ops) {
            // refusals first (they must change nothing), then the personas who get through
            List<Persona> order = new ArrayList<>(List.of(Persona.values()));
            order.sort(Comparator.comparing(p -> expected(op, p, made) == Expected.ALLOWED));
            boolean deleted = false; // a deletion an earlier admitted persona made: the object is gone for the next
            for (Persona persona : order) {
                Expected expected = expected(op, persona, made);
                String before = expected == Expected.ALLOWED ? null : snapshot(made);
                Response response;
                try {
                    response = call(op, persona, made);
                } catch (AssertionError | RuntimeException e) { // the answer broke the contract
                    wrong.add(op.id() + " as " + persona + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ")
                            .replaceAll(".*\"message\" : \"([^\"]*)\".*", "$1"));
                    continue;
                }
                calls++;
                int status = response.statusCode();
                counts.merge(persona + " " + status, 1, Integer::sum);
                String verdict = deleted && status == 404 ? null : judge(expected, status);
                deleted |= expected == Expected.ALLOWED && "DELETE".equalsIgnoreCase(op.method()) && status / 100 == 2;
                if (verdict != null) {
                    wrong.add(op.id() + " as " + persona + ": expected " + expected + ", got " + status + " "
                            + response.asString().substring(0, Math.min(160, response.asString().length())) + " " + verdict);
                } else if (expected == Expected.NOT_FOUND && leaksAnId(response, made)) {
                    wrong.add(op.id() + " as " + persona + ": the 404 names an id of A the caller did not send: "
                            + response.asString());
                } else if (before != null && !before.equals(snapshot(made))) {
                    wrong.add(op.id() + " as " + persona + ": refused with " + status + " but changed company A's data");
                }
            }
        }
        String summary = "authorization matrix: " + ops.size() + " operations x " + Persona.values().length
                + " personas = " + calls + " calls; answers " + counts + "; " + wrong.size() + " wrong";
        System.out.println(summary);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/authorization-matrix.txt"),
                    summary + "\n" + String.join("\n", wrong) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(List.of(), wrong);
    }

    /** What the contract says this persona must get. */
    static Expected expected(Op op, Persona persona, World.Made made) {
        List<String> roles = op.roles();
        if (op.isPublic()) {
            return Expected.ALLOWED;
        }
        boolean customerOp = roles.contains("customer");
        String companyRole = companyRole(op);
        return switch (persona) {
            case ANONYMOUS -> Expected.UNAUTHORIZED;
            case INTEGRATION -> op.scope() != null ? Expected.ALLOWED : Expected.FORBIDDEN;
            case BACKOFFICE -> roles.contains("backoffice") ? Expected.ALLOWED : Expected.FORBIDDEN;
            case AGENT -> roles.contains("support-agent") ? Expected.ALLOWED : Expected.FORBIDDEN;
            case ADMIN -> customerOp ? Expected.ALLOWED : Expected.FORBIDDEN;
            case MEMBER -> !customerOp ? Expected.FORBIDDEN
                    : "ADMIN".equals(companyRole) ? Expected.FORBIDDEN : Expected.ALLOWED;
            case OTHER_COMPANY_ADMIN, WITHOUT_COMPANY -> !customerOp ? Expected.FORBIDDEN
                    : companyRole != null ? Expected.NOT_FOUND : Expected.ALLOWED;
        };
    }

    private static String companyRole(Op op) {
        Object role = op.operation().getExtensions() == null ? null : op.operation().getExtensions().get("x-company-role");
        return role == null ? null : role.toString();
    }

    /** Null when the status is what was expected, else why not. */
    static String judge(Expected expected, int status) {
        return switch (expected) {
            case ALLOWED -> Set.of(401, 403, 404).contains(status) || status >= 500 ? "(refused someone it admits)" : null;
            case UNAUTHORIZED -> status == 401 ? null : "(must ask for a token)";
            case FORBIDDEN -> status == 403 ? null : "(must refuse this role)";
            case NOT_FOUND -> status == 404 ? null : "(must not show another company's object)";
        };
    }

    /** The body of the last call, whose ids the caller sent and may be told back. */
    private static String lastBody = "";

    private static Response call(Op op, Persona persona, World.Made made) {
        lastBody = "";
        RequestSpecification spec = given().urlEncodingEnabled(false).accept("*/*")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        String token = switch (persona) {
            case ANONYMOUS -> null;
            case INTEGRATION -> made.integration();
            case BACKOFFICE -> made.backoffice().token();
            case AGENT -> made.agent().token();
            case OTHER_COMPANY_ADMIN -> made.b().admin().token();
            case WITHOUT_COMPANY -> made.nobody().token();
            case MEMBER -> made.a().member().token();
            case ADMIN -> made.a().admin().token();
        };
        if (token != null) {
            spec.auth().oauth2(token);
        }
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : op.parameters()) {
            if ("path".equals(parameter.getIn())) {
                String value = "userId".equals(parameter.getName()) ? made.a().admin().id().toString()
                        : made.pathValue(op.path(), parameter.getName());
                path = path.replace("{" + parameter.getName() + "}",
                        java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            } else if ("query".equals(parameter.getIn())) {
                String value = made.queryValue(parameter.getName());
                if (value != null && (!"email".equals(parameter.getName()) || persona == Persona.INTEGRATION)) {
                    query.append(query.length() == 0 ? '?' : '&').append(parameter.getName()).append('=').append(value);
                }
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                spec.header("If-Match", "*");
            }
        }
        String type = op.bodyType();
        if ("multipart/form-data".equals(type)) {
            spec.multiPart("file", "matrix.txt", "matrix".getBytes(), "text/plain");
        } else if ("application/json".equals(type)) {
            Object body = SpecOperations.wellFormed(op.bodySchema(), "body", made, 0);
            lastBody = String.valueOf(body);
            spec.contentType("application/json").body(body);
        } else if (type != null) {
            spec.contentType(type + "; charset=UTF-8").body("email,validFrom\nmatrix-" + UUID.randomUUID()
                    .toString().substring(0, 8) + "@example.com,\n");
        }
        return spec.request(op.method().toUpperCase(Locale.ROOT), path + query);
    }

    /** Whether a refusal shows one of A's ids the caller did not send in the URL or the body (a parent's, an owner's). */
    private static boolean leaksAnId(Response response, World.Made made) {
        String answer = response.asString();
        String asked = response.jsonPath().getString("instance");
        List<String> ids = new ArrayList<>(made.ids().values());
        ids.add(made.a().companyId().toString());
        return ids.stream().filter(id -> id.length() == 36)
                .anyMatch(id -> answer.contains(id) && (asked == null || !asked.contains(id)) && !lastBody.contains(id));
    }

    /** Company A's guarded data as text. */
    private String snapshot(World.Made made) {
        StringBuilder text = new StringBuilder();
        for (String sql : GUARDED) {
            text.append(fixtures.rows(sql, Map.of("a", made.a().companyId()))).append('\n');
        }
        return text.toString();
    }
}
