package dev.portico.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the Kubernetes manifests, the compose file and the Docker image to the app they run: every variable they set
 * is one of the app's configuration keys (a typo would be silently ignored in production), the probes answer, and the
 * ports and memory are the app's.
 */
@QuarkusTest
class DeploymentManifestsTest {

    private static final Path K8S = Path.of("deploy", "kubernetes");

    @Test
    void everyVariableTheDeploymentsSetIsAConfigurationKeyOfTheApp() throws IOException {
        Set<String> known = StreamSupport.stream(ConfigProvider.getConfig().getPropertyNames().spliterator(), false)
                .map(DeploymentManifestsTest::envName)
                .collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (Map.Entry<String, String> variable : variables().entrySet()) {
            String name = variable.getKey();
            if ((name.startsWith("QUARKUS_") || name.startsWith("PORTICO_")) && !known.contains(name)
                    && !SCRIPT_ONLY.contains(name)) {
                unknown.add(name + " (" + variable.getValue() + ")");
            }
        }
        assertTrue(unknown.isEmpty(), "not configuration keys of the app: " + unknown);
    }

    /**
     * Read by scripts/run-app.sh, not by the app; and Quarkus keys without a default that the tests leave unset (so
     * they are not among the test run's property names).
     */
    private static final Set<String> SCRIPT_ONLY = Set.of("PORTICO_APP_DIR", "PORTICO_AOT",
            "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL");

    @Test
    void theProbesAnswerAndThePortsAreTheApps() throws IOException {
        Map<String, Object> container = container();
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = (String) ((Map<?, ?>) ((Map<?, ?>) container.get(probe)).get("httpGet")).get("path");
            given().get(path).then().statusCode(200);
        }
        List<?> ports = (List<?>) container.get("ports");
        assertEquals(List.of(8080, ConfigProvider.getConfig().getValue("quarkus.management.port", Integer.class)),
                ports.stream().map(p -> ((Map<?, ?>) p).get("containerPort")).toList());
    }

    @Test
    void theMemoryLimitHoldsTheJvmThatRunAppStarts() throws IOException {
        String runApp = Files.readString(Path.of("scripts", "run-app.sh"));
        long jvm = megabytes(runApp, "-Xmx(\\d+)m") + megabytes(runApp, "MaxMetaspaceSize=(\\d+)m")
                + megabytes(runApp, "ReservedCodeCacheSize=(\\d+)m");
        Map<?, ?> resources = (Map<?, ?>) container().get("resources");
        String limit = (String) ((Map<?, ?>) resources.get("limits")).get("memory");
        long limitMiB = Long.parseLong(limit.replace("Mi", ""));
        // heap, metaspace and code cache, plus thread stacks, direct buffers and the allocator (measured: ~200 MiB)
        assertTrue(limitMiB >= jvm + 200, "memory limit " + limit + " for a JVM of " + jvm + " MiB");
    }

    private static long megabytes(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertTrue(m.find(), pattern + " in scripts/run-app.sh");
        return Long.parseLong(m.group(1));
    }

    /** The variables set by the manifests, the compose file's app and the image: name → where. */
    private static Map<String, String> variables() throws IOException {
        Map<String, String> found = new java.util.TreeMap<>();
        for (String file : List.of("configmap.yaml", "secret.example.yaml")) {
            Map<?, ?> doc = new Yaml().load(Files.readString(K8S.resolve(file)));
            Object data = doc.containsKey("data") ? doc.get("data") : doc.get("stringData");
            ((Map<?, ?>) data).keySet().forEach(k -> found.put(k.toString(), file));
        }
        for (Object env : (List<?>) container().get("env")) {
            found.put(((Map<?, ?>) env).get("name").toString(), "deployment.yaml");
        }
        Map<?, ?> compose = new Yaml().load(Files.readString(Path.of("docker", "compose.yaml")));
        Map<?, ?> app = (Map<?, ?>) ((Map<?, ?>) compose.get("services")).get("portico");
        ((Map<?, ?>) app.get("environment")).keySet().forEach(k -> found.put(k.toString(), "docker/compose.yaml"));
        Matcher env = Pattern.compile("(?m)^\\s+(?:ENV\\s+)?([A-Z][A-Z0-9_]+)=").matcher(
                Files.readString(Path.of("docker", "Dockerfile.jvm")));
        while (env.find()) {
            found.put(env.group(1), "docker/Dockerfile.jvm");
        }
        return found;
    }

    private static Map<String, Object> container() throws IOException {
        Map<?, ?> deployment = new Yaml().load(Files.readString(K8S.resolve("deployment.yaml")));
        Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) deployment.get("spec")).get("template")).get("spec");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) ((List<?>) spec.get("containers")).get(0);
        return container;
    }

    private static String envName(String property) {
        StringBuilder b = new StringBuilder();
        for (char c : property.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return b.toString();
    }
}
