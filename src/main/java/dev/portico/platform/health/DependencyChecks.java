package dev.portico.platform.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Says which dependency besides the database is down, at {@code /q/health/group/dependencies}: Keycloak (its
 * OpenID configuration answers) and the SMTP server (it accepts a connection). Neither is part of readiness — without
 * Keycloak the app still answers tokens it can check with the keys it holds, and mail waits in the outbox — so an
 * outage of either never takes every replica out of the load balancer. The database's own check is in readiness.
 */
public final class DependencyChecks {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private DependencyChecks() {
    }

    @ApplicationScoped
    @HealthGroup("dependencies")
    public static class Keycloak implements HealthCheck {

        @ConfigProperty(name = "quarkus.oidc.auth-server-url")
        Optional<String> authServerUrl;

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        @Override
        public HealthCheckResponse call() {
            var response = HealthCheckResponse.named("Keycloak");
            if (authServerUrl.isEmpty() || authServerUrl.get().isBlank()) {
                return response.up().withData("mode", "local public key, no server").build();
            }
            String url = authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
            response.withData("url", url);
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                return response.status(status == 200).withData("status", status).build();
            } catch (IOException | IllegalArgumentException e) {
                return response.down().withData("error", String.valueOf(e.getMessage())).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response.down().withData("error", "interrupted").build();
            }
        }
    }

    @ApplicationScoped
    @HealthGroup("dependencies")
    public static class Smtp implements HealthCheck {

        @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
        boolean mock;

        @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost")
        String host;

        @ConfigProperty(name = "quarkus.mailer.port", defaultValue = "25")
        int port;

        @Override
        public HealthCheckResponse call() {
            var response = HealthCheckResponse.named("SMTP");
            if (mock) {
                return response.up().withData("mode", "mock: mails are logged, not sent").build();
            }
            response.withData("server", host + ":" + port);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
                return response.up().build();
            } catch (IOException e) {
                return response.down().withData("error", String.valueOf(e.getMessage())).build();
            }
        }
    }
}
