package dev.portico.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The change policy of the contract: compared with the last released contract ({@code openapi/releases/<version>.yaml})
 * by openapi-diff, every operation that disappeared and every response field that was removed must have its line in
 * {@code openapi/CHANGELOG.md} naming the operation ({@code METHOD /path}) and, for a field, the field.
 */
class ContractChangesTest {

    static final Path CURRENT = Path.of("openapi/openapi.yaml");
    static final Path CHANGELOG = Path.of("openapi/CHANGELOG.md");

    @Test
    void everyRemovalSinceTheLastReleaseHasAChangelogLine() throws IOException {
        Path released = lastRelease();
        ChangedOpenApi diff = OpenApiCompare.fromContents(withoutNullWrappers(released), withoutNullWrappers(CURRENT));
        List<Removal> removals = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> removals.add(new Removal(e.getMethod() + " " + e.getPathUrl(), "")));
        for (ChangedOperation operation : diff.getChangedOperations()) {
            String name = operation.getHttpMethod() + " " + operation.getPathUrl();
            if (operation.getApiResponses() == null) {
                continue;
            }
            operation.getApiResponses().getMissing().keySet().stream().filter(status -> status.startsWith("2"))
                    .forEach(status -> removals.add(new Removal(name, status)));
            operation.getApiResponses().getChanged().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    response.getContent().getChanged().values()
                            .forEach(media -> missingFields(media.getSchema(), name, "", removals));
                }
            });
        }
        String changelog = Files.readString(CHANGELOG);
        List<Removal> unexplained = removals.stream().filter(r -> !r.explainedBy(changelog)).distinct().toList();
        assertEquals(List.of(), unexplained, "Removed since " + released + " without a line in " + CHANGELOG
                + " (an integrator's code may break: say what replaces it)");
    }

    @Test
    void theChangelogHasASectionForTheCurrentVersion() throws IOException {
        String version = Files.readAllLines(CURRENT).stream().map(String::strip)
                .filter(line -> line.startsWith("version:")).findFirst().orElseThrow()
                .substring("version:".length()).strip().replace("\"", "");
        assertTrue(Files.readString(CHANGELOG).contains("## " + version), CHANGELOG + " has no section ## " + version);
    }

    /** A removal: the operation, and the dotted field (or the status) that is gone; empty for the whole operation. */
    record Removal(String operation, String what) {

        boolean explainedBy(String changelog) {
            return changelog.lines().anyMatch(line -> line.contains("`" + operation + "`")
                    && (what.isEmpty() || line.contains("`" + what + "`")));
        }
    }

    private static void missingFields(ChangedSchema schema, String operation, String prefix, List<Removal> out) {
        if (schema == null) {
            return;
        }
        if (schema.getMissingProperties() != null) {
            schema.getMissingProperties().keySet().forEach(name -> out.add(new Removal(operation, prefix + name)));
        }
        if (schema.getChangedProperties() != null) {
            schema.getChangedProperties().forEach((name, changed) -> missingFields(changed, operation, prefix + name + ".", out));
        }
        missingFields(schema.getItems(), operation, prefix, out);
    }

    /**
     * openapi-diff does not look inside {@code anyOf}: a field that became nullable ({@code anyOf: [$ref, null]}) would
     * look as if its fields were removed. Nullability is not a removal, so both sides are compared without it.
     */
    static String withoutNullWrappers(Path contract) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode root = yaml.readTree(contract.toFile());
        unwrap(root);
        return yaml.writeValueAsString(root);
    }

    private static void unwrap(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode anyOf = object.get("anyOf");
            if (anyOf instanceof ArrayNode members && members.size() == 2
                    && members.get(1).path("type").asText().equals("null") && members.get(0).has("$ref")) {
                object.remove("anyOf");
                object.set("$ref", members.get(0).get("$ref"));
            }
            object.forEach(ContractChangesTest::unwrap);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ContractChangesTest::unwrap);
        }
    }

    static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("openapi/releases"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .max(Comparator.comparing(ContractChangesTest::version)).orElseThrow();
        }
    }

    private static String version(Path release) {
        String[] parts = release.getFileName().toString().replace(".yaml", "").split("\\.");
        StringBuilder sortable = new StringBuilder();
        for (String part : parts) {
            sortable.append(String.format("%06d", Integer.parseInt(part)));
        }
        return sortable.toString();
    }
}
