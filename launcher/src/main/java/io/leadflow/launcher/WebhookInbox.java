package io.leadflow.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local webhook receiver standing in for the team's chat or CRM inbox: notification-service posts each
 * notification here, and the launcher shows it. Answers 204 so deliveries count as done.
 */
public final class WebhookInbox implements AutoCloseable {

    static final String PATH = "/notifications";
    private static final int HANDLER_THREADS = 4;

    private final HttpServer server;

    private WebhookInbox(HttpServer server) {
        this.server = server;
    }

    /** {@code onNotification} is called from several threads at once. */
    public static WebhookInbox start(int port, Consumer<JsonNode> onNotification) {
        ObjectMapper json = JsonMapper.builder().build();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            WebhookInbox inbox = new WebhookInbox(server);
            server.createContext(PATH, exchange -> inbox.receive(exchange, json, onNotification));
            // notification-service delivers concurrently; a few handler threads keep the inbox from serialising it.
            server.setExecutor(Executors.newFixedThreadPool(HANDLER_THREADS));
            server.start();
            return inbox;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for webhooks on port " + port, e);
        }
    }

    private void receive(HttpExchange exchange, ObjectMapper json, Consumer<JsonNode> onNotification) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            JsonNode notification = json.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8));
            onNotification.accept(notification);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
