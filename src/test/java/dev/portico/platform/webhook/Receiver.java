package dev.portico.platform.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real webhook receiver on 127.0.0.1 (the JDK's HTTP server) that verifies every request's signature with the
 * Standard Webhooks library against the secrets it was told, and answers with the statuses it is given in turn
 * (then 200).
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String id, String signature, String body, boolean verified, int answered) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    final ConcurrentLinkedDeque<Integer> answers = new ConcurrentLinkedDeque<>();
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    volatile List<String> secrets = List.of();
    volatile int delayMillis;

    Receiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readAllBytes();
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach(headers::put);
            boolean verified = !secrets.isEmpty();
            for (String secret : secrets) {
                try {
                    new Webhook(secret).verify(body, headers);
                } catch (WebhookVerificationException e) {
                    verified = false;
                }
            }
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // a receiver that takes its time (the race between two senders)
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer status = answers.poll();
            int answer = status == null ? 200 : status;
            received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, verified, answer));
            byte[] reply = ("answered " + answer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    static Receiver start() throws IOException {
        return new Receiver(0);
    }

    /** A port on 127.0.0.1 where nothing listens (yet). */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    List<Received> all() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
