package dev.portico.contract;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Portico's JAX-RS resource methods, found on the class path and keyed by their operationId, so that the contract
 * can be completed from what the code declares ({@code @RolesAllowed}, {@code @RequiresScope}, {@code @Idempotent})
 * instead of repeating it in OpenAPI annotations.
 */
final class ResourceMethods {

    private static final String ROOT = "dev/portico/";
    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    private ResourceMethods() {
    }

    /** Every visible resource method by its operationId; fails when one has none or two share one. */
    static Map<String, Method> byOperationId() {
        Map<String, Method> methods = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (HTTP_METHODS.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                Operation operation = method.getAnnotation(Operation.class);
                if (operation != null && operation.hidden()) {
                    continue;
                }
                String id = operation == null ? "" : operation.operationId();
                String where = type.getSimpleName() + "." + method.getName();
                if (id.isBlank()) {
                    problems.add(where + " has no @Operation(operationId)");
                } else if (methods.putIfAbsent(id, method) != null) {
                    problems.add(where + " repeats the operationId " + id);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The contract needs a unique operationId per operation: " + problems);
        }
        return Collections.unmodifiableMap(methods);
    }

    private static List<Class<?>> resourceClasses() {
        ClassLoader loader = ResourceMethods.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL root : Collections.list(loader.getResources(ROOT))) {
                for (String name : classNames(root)) {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isAnnotationPresent(Path.class)) {
                        classes.add(type);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    /** Class names under {@code dev/portico/} in a class-path folder or jar. */
    private static List<String> classNames(URL root) throws IOException, URISyntaxException {
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith(ROOT) && n.endsWith(".class"))
                        .map(ResourceMethods::className).toList();
            }
        }
        java.nio.file.Path folder = Paths.get(root.toURI());
        java.nio.file.Path base = folder.getParent().getParent();
        try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> className(base.relativize(f).toString().replace('\\', '/'))).toList();
        }
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }
}
