package dev.portico.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.platform.problem.CommonProblem;
import dev.portico.platform.problem.Message;
import dev.portico.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Makes every POST safe to retry with an {@code Idempotency-Key} (required on methods marked {@link Idempotent}):
 * claims the key before the endpoint runs, stores a successful response after
 * it, and answers replays from the store. Keys are scoped to the caller and the request path. Only 2xx
 * responses are remembered; a failed request releases its key so that the client can retry with it.
 */
@Provider
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SCOPE = IdempotencyFilter.class.getName() + ".scope";
    private static final String KEY = IdempotencyFilter.class.getName() + ".key";
    /** The longest scope stored as it is ({@code idempotency_record.scope}). */
    private static final int MAX_SCOPE = 400;
    private static final java.util.regex.Pattern VALID_KEY = java.util.regex.Pattern.compile(Idempotent.PATTERN);
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);

    @Inject
    IdempotencyStore store;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.container.ResourceInfo resource;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod()) || resource.getResourceMethod() == null) {
            return;
        }
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null) {
            if (resource.getResourceMethod().isAnnotationPresent(Idempotent.class) && !identity.isAnonymous()) {
                throw ProblemException.badRequest(Idempotent.HEADER, Message.of("field.idempotency-key.missing"));
            }
            return;
        }
        if (key.length() > Idempotent.MAX_LENGTH || !VALID_KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(Idempotent.HEADER,
                    Message.of("field.idempotency-key.malformed", String.valueOf(Idempotent.MAX_LENGTH)));
        }
        if (identity.isAnonymous()) {
            return; // the endpoint answers 401 itself; nothing to remember
        }
        byte[] body = readBody(request);
        String caller = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getSubject()
                : identity.getPrincipal().getName();
        String scope = caller + " " + request.getMethod() + " "
                + request.getUriInfo().getRequestUri().getRawPath();
        if (scope.length() > MAX_SCOPE) { // a long path (up to the URL limit) would not fit the column: keep its hash
            scope = "sha256:" + sha256(scope.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        IdempotencyStore.Claim claim = store.claim(scope, key, sha256(body));
        if (claim instanceof IdempotencyStore.Claim.Completed done) {
            request.abortWith(replay(done));
        } else if (claim instanceof IdempotencyStore.Claim.InProgress) {
            throw new ProblemException(CommonProblem.IDEMPOTENCY_KEY_IN_USE, Message.of("detail.idempotency-key-in-use"),
                    null, Map.of("Retry-After", "1"));
        } else if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            throw new ProblemException(CommonProblem.IDEMPOTENCY_KEY_REUSED, Message.of("detail.idempotency-key-reused"),
                    null, Map.of());
        } else {
            request.setProperty(SCOPE, scope);
            request.setProperty(KEY, key);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String scope = (String) request.getProperty(SCOPE);
        String key = (String) request.getProperty(KEY);
        if (scope == null) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : REPLAYED_HEADERS) {
                Object value = response.getHeaders().getFirst(name);
                if (value != null) {
                    headers.put(name, value.toString());
                }
            }
            String body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
            store.complete(scope, key, response.getStatus(), body, json.writeValueAsString(headers));
        } else {
            store.release(scope, key);
        }
    }

    @Scheduled(every = "1h", identity = "idempotency-purge")
    void purge() {
        store.purgeExpired();
    }

    private Response replay(IdempotencyStore.Claim.Completed done) {
        Response.ResponseBuilder builder = Response.status(done.status()).header("Idempotent-Replayed", "true");
        if (done.body() != null) {
            builder.entity(done.body()).type("application/json");
        }
        try {
            Map<?, ?> headers = json.readValue(done.headers(), Map.class);
            headers.forEach((name, value) -> builder.header((String) name, value));
        } catch (JsonProcessingException e) {
            // headers are an optional nicety; the body is what matters
        }
        return builder.build();
    }

    private static byte[] readBody(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
