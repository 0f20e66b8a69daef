package dev.portico.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.portico.contract.SpecOperations.Op;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The spec-driven robustness judge: for every operation of {@code openapi/openapi.yaml}, a well-formed request made
 * from its schemas and then, one at a time, hostile variations of every parameter, every body field and the body as
 * a whole (wrong types, missing and extra fields, boundary and huge numbers, over-long strings, control characters,
 * NUL, right-to-left text and emoji, impossible dates, duplicate keys, deep nesting, wrong content types, bad ids) are
 * sent with a token allowed to call it. Every answer must be below 500, a problem+json when it is an error, free of
 * class names, stack traces and SQL, and declared by the contract (the suite's response validation). Operations are
 * read from the file, so a new endpoint is judged without anyone adding it.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat dev\\.portico|org\\.hibernate|java\\.lang|jakarta\\.|PSQL|\\bSQL\\b|<html", Pattern.CASE_INSENSITIVE);

    /** Values no field should choke on: each replaces one field or parameter at a time. */
    static final List<Object> HOSTILE = List.of("", " ", "\u0000", "line\r\nBcc: attacker@evil.example", "x".repeat(100_000),
            "مرحبا بالعالم 😀", "'; drop table company; --", "../../etc/passwd", "\uD800", -1, 0, 1.5,
            new java.math.BigInteger("9223372036854775808"), 1e308, true, List.of(), Map.of(),
            "0000-01-01", "+1000000-01-01", "2026-02-30", "not-a-uuid");

    /** Parameter values sent as text in the URL or a header. */
    static final List<String> HOSTILE_PARAMETERS = List.of("", "abc", "-1", "99999999999999999999", "1.5", "\u0000",
            "a\nb", "x".repeat(3000), "../..", "' or 1=1 --", "😀", "0000-01-01", "not-a-uuid", "TRUE ");

    /** Whole bodies no operation should choke on. */
    static final List<String> HOSTILE_BODIES = List.of("", "{", "null", "[]", "\"text\"", "42",
            "{\"a\":1,\"a\":2}", "[".repeat(50_000) + "]".repeat(50_000), "{\"unknown\":true}", "\u0000", "{}");

    @Inject
    World world;

    record Sent(String operation, String variation, int status) {
    }

    @Test
    void noInputHoweverHostileAnswers5xxOrLeaksInternals() throws Exception {
        World.Made made = world.build();
        List<String> failures = new ArrayList<>();
        List<Sent> sent = new ArrayList<>();
        List<Op> ops = SpecOperations.all();
        for (Op op : ops) {
            String token = tokenFor(op, made);
            Map<String, String> path = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            for (Parameter parameter : op.parameters()) {
                if ("path".equals(parameter.getIn())) {
                    path.put(parameter.getName(), made.pathValue(op.path(), parameter.getName()));
                } else if ("query".equals(parameter.getIn()) && made.queryValue(parameter.getName()) != null) {
                    query.put(parameter.getName(), made.queryValue(parameter.getName()));
                }
            }
            Object body = op.bodySchema() == null ? null : SpecOperations.wellFormed(op.bodySchema(), "body", made, 0);
            Request base = new Request(op, token, path, query, op.bodyType(), body == null ? null : json(body));

            send(base, "well-formed", sent, failures);
            for (Parameter parameter : op.parameters()) {
                for (String value : HOSTILE_PARAMETERS) {
                    if (value.isEmpty() && "path".equals(parameter.getIn())) {
                        continue; // an empty path segment is another URL, not this operation
                    }
                    send(base.withParameter(parameter, value), parameter.getIn() + " " + parameter.getName() + "="
                            + shown(value), sent, failures);
                }
            }
            if (body instanceof Map<?, ?> fields && "application/json".equals(op.bodyType())) {
                for (List<String> field : fieldPaths(op.bodySchema(), fields)) {
                    for (Object value : HOSTILE) {
                        send(base.withBody(json(replaced(fields, field, value))), "body " + String.join(".", field) + "="
                                + shown(value), sent, failures);
                    }
                    send(base.withBody(json(removed(fields, field))), "body without " + String.join(".", field), sent, failures);
                }
            }
            if (op.bodyType() != null) {
                for (String hostile : HOSTILE_BODIES) {
                    send(base.withBody(hostile), "body " + shown(hostile), sent, failures);
                }
                send(base.withContentType("application/xml").withBody("<a/>"), "body as XML", sent, failures);
                send(base.withContentType("text/html").withBody("<script>alert(1)</script>"), "body as HTML", sent, failures);
            }
            if ("multipart/form-data".equals(op.bodyType())) {
                for (String name : List.of("a\u0000b.txt", "..\\..\\boot.ini", "x".repeat(5000) + ".txt", "\u202Egnp.exe",
                        "report\r\nContent-Type: text/html.txt", "")) {
                    send(base.withFile(name, "hello".getBytes()), "file named " + shown(name), sent, failures);
                }
                send(base.withFile("empty.txt", new byte[0]), "an empty file", sent, failures);
            }
        }

        Map<Integer, Integer> statuses = new TreeMap<>();
        sent.forEach(s -> statuses.merge(s.status(), 1, Integer::sum));
        System.out.println("contract fuzz: " + ops.size() + " operations, " + sent.size() + " requests, statuses "
                + statuses + ", " + failures.size() + " failures");
        writeReport(ops.size(), sent, statuses, failures);
        assertEquals(List.of(), failures.stream().limit(60).toList(), failures.size() + " hostile requests were not answered well");
        assertTrue(sent.size() > 2000, "the judge sent " + sent.size() + " requests");
    }

    private static void send(Request request, String variation, List<Sent> sent, List<String> failures) {
        String where = request.op.id() + " [" + variation + "]";
        Response response;
        try {
            response = request.send();
        } catch (AssertionError | RuntimeException e) { // the contract validation refused the answer
            String message = errorsOnly(String.valueOf(e.getMessage()));
            failures.add(where + ": " + message.substring(0, Math.min(600, message.length())).replaceAll("\\s+", " "));
            sent.add(new Sent(request.op.id(), variation, -1));
            return;
        }
        int status = response.statusCode();
        sent.add(new Sent(request.op.id(), variation, status));
        String body = response.asString();
        if (status >= 500 || status < 100) {
            failures.add(where + ": answered " + status + " " + body.substring(0, Math.min(200, body.length())));
        } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(where + ": answered " + status + " as " + response.contentType() + ", not problem+json");
        } else if (LEAK.matcher(body).find() && !request.echoes(body)) {
            failures.add(where + ": the answer shows internals: " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** The validator's report without the request-level notes it ignores: what was wrong with the answer. */
    private static String errorsOnly(String message) {
        int json = message.indexOf('{');
        if (json < 0) {
            return message;
        }
        try {
            var report = SpecOperations.JSON.readTree(message.substring(json));
            List<String> errors = new ArrayList<>();
            report.path("messages").forEach(m -> {
                if ("ERROR".equals(m.path("level").asText())) {
                    errors.add(m.path("key").asText() + ": " + m.path("message").asText());
                }
            });
            return String.join("; ", errors);
        } catch (JsonProcessingException ex) {
            return message;
        }
    }

    /** The token of someone the operation admits: the customer-company admin, back office, an agent or an integration. */
    private static String tokenFor(Op op, World.Made made) {
        List<String> roles = op.roles();
        if (op.isPublic()) {
            return null;
        }
        if (roles.contains("customer")) {
            return made.a().admin().token();
        }
        if (roles.contains("backoffice")) {
            return made.backoffice().token();
        }
        if (roles.contains("support-agent")) {
            return made.agent().token();
        }
        return made.integration();
    }

    /** Paths of the body's fields (one level into objects), as a well-formed body has them. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> fieldPaths(Schema<?> schema, Map<?, ?> body) {
        List<List<String>> paths = new ArrayList<>();
        body.forEach((name, value) -> {
            paths.add(List.of((String) name));
            if (value instanceof Map<?, ?> inner) {
                inner.keySet().forEach(child -> paths.add(List.of((String) name, (String) child)));
            }
        });
        return paths;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> replaced(Map<?, ?> body, List<String> field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) body);
        if (field.size() == 1) {
            copy.put(field.get(0), value);
        } else {
            copy.put(field.get(0), replaced((Map<?, ?>) copy.get(field.get(0)), field.subList(1, field.size()), value));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> removed(Map<?, ?> body, List<String> field) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) body);
        if (field.size() == 1) {
            copy.remove(field.get(0));
        } else {
            copy.put(field.get(0), removed((Map<?, ?>) copy.get(field.get(0)), field.subList(1, field.size())));
        }
        return copy;
    }

    private static String json(Object value) {
        try {
            return SpecOperations.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        text = text.length() > 24 ? text.substring(0, 24) + "…(" + text.length() + ")" : text;
        return text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
    }

    private static void writeReport(int operations, List<Sent> sent, Map<Integer, Integer> statuses, List<String> failures)
            throws java.io.IOException {
        StringBuilder report = new StringBuilder("contract fuzz: " + operations + " operations, " + sent.size()
                + " requests, statuses " + statuses + ", " + failures.size() + " failures\n");
        failures.forEach(f -> report.append("FAIL ").append(f).append('\n'));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/contract-fuzz.txt"), report.toString());
    }

    /** A request of one operation, varied one part at a time. */
    record Request(Op op, String token, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
            String contentType, String body, String fileName, byte[] file) {

        Request(Op op, String token, Map<String, String> path, Map<String, String> query, String contentType, String body) {
            this(op, token, path, query, Map.of(), contentType, body, "note.txt", "hello".getBytes());
        }

        Request withBody(String newBody) {
            return new Request(op, token, path, query, headers, contentType, newBody, fileName, file);
        }

        Request withContentType(String type) {
            return new Request(op, token, path, query, headers, type, body, fileName, file);
        }

        Request withFile(String name, byte[] content) {
            return new Request(op, token, path, query, headers, contentType, body, name, content);
        }

        Request withParameter(Parameter parameter, String value) {
            Map<String, String> newPath = new LinkedHashMap<>(path);
            Map<String, String> newQuery = new LinkedHashMap<>(query);
            Map<String, String> newHeaders = new LinkedHashMap<>(headers);
            switch (parameter.getIn()) {
                case "path" -> newPath.put(parameter.getName(), value);
                case "query" -> newQuery.put(parameter.getName(), value);
                default -> newHeaders.put(parameter.getName(), value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)
                        ? value : "not-printable"); // HTTP itself cannot carry control characters in a header
            }
            return new Request(op, token, newPath, newQuery, newHeaders, contentType, body, fileName, file);
        }

        /** Whether the answer repeats what was sent (a field error quoting the input is no leak). */
        boolean echoes(String answer) {
            return body != null && LEAK.matcher(body).find();
        }

        Response send() {
            RequestSpecification spec = given().urlEncodingEnabled(false).accept("*/*");
            if (token != null) {
                spec.auth().oauth2(token);
            }
            Map<String, String> sentHeaders = new LinkedHashMap<>();
            sentHeaders.put("Idempotency-Key", UUID.randomUUID().toString());
            sentHeaders.put("If-Match", "*");
            sentHeaders.putAll(headers);
            sentHeaders.forEach(spec::header);
            if ("multipart/form-data".equals(contentType)) {
                spec.multiPart("file", fileName, file, "text/plain");
            } else if (contentType != null && body != null) {
                spec.contentType(contentType.startsWith("text/") || contentType.contains("xml")
                        ? contentType + "; charset=UTF-8" : contentType).body(body);
            }
            String url = op.path();
            for (Map.Entry<String, String> p : path.entrySet()) {
                url = url.replace("{" + p.getKey() + "}", encoded(p.getValue()));
            }
            StringBuilder full = new StringBuilder(url);
            query.forEach((name, value) -> full.append(full.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                    .append(encoded(value)));
            return spec.request(op.method().toUpperCase(Locale.ROOT), full.toString());
        }

        private static String encoded(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
