package io.leadflow.launcher.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The team's webhook endpoint: counts each delivery by its {@code Idempotency-Key}, and can be made slow (an
 * answer after a delay), as a struggling receiver is.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final String PATH = "/hooks";

    private final HttpServer server;
    private final Map<String, AtomicInteger> deliveriesByKey = new ConcurrentHashMap<>();
    private final AtomicInteger withoutKey = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext(PATH, receiver::receive);
            // notification-service delivers concurrently; slow answers must not queue behind one thread.
            server.setExecutor(Executors.newFixedThreadPool(64));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for webhooks", e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            body.readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key == null) {
                withoutKey.incrementAndGet();
            } else {
                deliveriesByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
            pause(delay);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static void pause(Duration delay) {
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** Every answer from now on comes after {@code delay}. */
    void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** Deliveries per idempotency key so far. */
    Map<String, Integer> deliveriesByKey() {
        Map<String, Integer> deliveries = new java.util.HashMap<>();
        deliveriesByKey.forEach((key, count) -> deliveries.put(key, count.get()));
        return deliveries;
    }

    int withoutKey() {
        return withoutKey.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
