package dev.portico.platform.webhook;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Posts one signed webhook to the address the {@link AddressGuard} checked (never resolving the host again, so that a
 * DNS answer cannot change between the check and the connection), with the URL's host for {@code Host} and TLS.
 * Redirects are not followed; the whole attempt may take {@code portico.webhooks.timeout}; only the first 2 KB of the
 * answer are read.
 */
@ApplicationScoped
public class WebhookTransport {

    static final int KEPT_BODY = 2048;

    /** What came back: an HTTP status (and the start of the body), or an error without one. */
    public record Answer(Integer status, String body, String error, long millis) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    WebhookConfig config;

    private volatile HttpClient client;

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    int timeout = (int) config.timeout().toMillis();
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout(timeout)
                            .setVerifyHost(true)
                            .setKeepAlive(true)
                            .setKeepAliveTimeout(30)
                            .setMaxPoolSize(16)
                            .setTryUseCompression(false));
                }
            }
        }
        return client;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** Starts the request; the future completes with the answer, never exceptionally. */
    public CompletableFuture<Answer> post(AddressGuard.Target target, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        long timeout = config.timeout().toMillis();
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/"
                : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(path)
                .setFollowRedirects(false) // a 3xx is an answer like any other: never followed to an unchecked address
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout);
        options.putHeader("content-type", "application/json");
        options.putHeader("user-agent", "Portico-Webhooks/1");
        headers.forEach(options::putHeader);
        CompletableFuture<Answer> result = new CompletableFuture<>();
        HttpClientRequest[] sent = new HttpClientRequest[1];
        long timer = vertx.setTimer(timeout, id -> {
            if (result.complete(new Answer(null, null, "timed out after " + timeout + " ms", millis(started)))
                    && sent[0] != null) {
                sent[0].reset();
            }
        });
        client().request(options)
                .compose(request -> {
                    sent[0] = request;
                    return request.send(Buffer.buffer(body, "UTF-8"));
                })
                .compose(response -> {
                    Promise<Answer> read = Promise.promise();
                    Buffer kept = Buffer.buffer();
                    response.handler(chunk -> {
                        int room = KEPT_BODY - kept.length();
                        if (room > 0) {
                            kept.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
                        }
                    });
                    response.exceptionHandler(read::tryFail);
                    response.endHandler(v -> read.tryComplete(new Answer(response.statusCode(),
                            text(kept), null, millis(started))));
                    return read.future();
                })
                .onComplete(done -> {
                    vertx.cancelTimer(timer);
                    if (done.succeeded()) {
                        result.complete(done.result());
                    } else {
                        Throwable e = done.cause();
                        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                        result.complete(new Answer(null, null, reason, millis(started)));
                    }
                });
        return result;
    }

    private static String text(Buffer kept) {
        // a multi-byte character cut at 2 KB becomes U+FFFD; NUL has no place in PostgreSQL text
        return new String(kept.getBytes(), StandardCharsets.UTF_8).replace("\u0000", "");
    }

    private static long millis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
