package io.leadflow.notification;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.leadflow.testsupport.TopicProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on 127.0.0.1 standing in for webhook receivers: it records every request and
 * answers each lead's requests with the statuses a test scripted for that lead, then 200. A URL with
 * {@code ?answerAfterMillis=N} stands for a slow receiver: each of its requests is answered N ms after it
 * arrived, on a thread of its own, so several can be in flight at once.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** A scripted answer that never comes in time: the receiver holds the request this long. */
    public static final int HANG = -1;
    private static final Duration HANG_FOR = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    /** {@link System#nanoTime()} when each request was answered, by identity. */
    private final Map<Request, Long> answeredAt = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * A request as received; header names are case-insensitive.
     *
     * @param leadId the {@code leadId} of the JSON body, if it has one
     * @param receivedAt {@link System#nanoTime()} when it arrived
     */
    public record Request(String method, String path, Map<String, String> headers, String body, String leadId,
            long receivedAt) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name);
        }
    }

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A URL on a local port nobody listens on: connections to it are refused. */
    public static String refusingUrl(String path) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests about {@code leadId} get these statuses (or {@link #HANG}), in order; later ones 200. */
    public void script(String leadId, int... statuses) {
        Deque<Integer> script = scripts.computeIfAbsent(leadId, id -> new ArrayDeque<>());
        synchronized (script) {
            for (int status : statuses) {
                script.add(status);
            }
        }
    }

    public List<Request> requests(String leadId) {
        return requests.stream().filter(request -> leadId.equals(request.leadId())).toList();
    }

    /** Waits until exactly {@code count} requests about the lead have arrived, and returns them. */
    public List<Request> awaitRequests(String leadId, int count) {
        await().atMost(TopicProbe.PATIENCE).until(() -> requests(leadId).size() >= count);
        List<Request> received = requests(leadId);
        if (received.size() != count) {
            throw new AssertionError("Expected " + count + " requests about " + leadId + " but got " + received);
        }
        return received;
    }

    /** Whether the receiver has answered the request yet. */
    public boolean isAnswered(Request request) {
        return answeredAt.containsKey(request);
    }

    /** The most of these requests the receiver was handling at the same time; all must be answered. */
    public int maxConcurrency(List<Request> handled) {
        List<long[]> changes = new ArrayList<>();
        for (Request request : handled) {
            Long answered = answeredAt.get(request);
            if (answered == null) {
                throw new AssertionError("Not answered yet: " + request);
            }
            changes.add(new long[] {request.receivedAt(), 1});
            changes.add(new long[] {answered, -1});
        }
        // Answers first on a tie: a request answered as the next arrives was not handled at the same time.
        changes.sort(Comparator.<long[]>comparingLong(change -> change[0]).thenComparingLong(change -> change[1]));
        int current = 0;
        int max = 0;
        for (long[] change : changes) {
            current += (int) change[1];
            max = Math.max(max, current);
        }
        return max;
    }

    /** Asserts that, for {@code quietPeriod}, the requests about the lead stay at {@code count}. */
    public void assertStaysAt(String leadId, int count, Duration quietPeriod) {
        await().during(quietPeriod).atMost(quietPeriod.plus(TopicProbe.PATIENCE))
                .until(() -> requests(leadId).size() == count);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body,
                leadIdOf(body), System.nanoTime());
        requests.add(request);
        int status = nextStatus(request.leadId());
        if (status == HANG) {
            pause(HANG_FOR);
            status = 200;
        }
        answerAfter(exchange.getRequestURI().getQuery()).ifPresent(WebhookReceiver::pause);
        answeredAt.put(request, System.nanoTime());
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static Optional<Duration> answerAfter(String query) {
        if (query == null) {
            return Optional.empty();
        }
        return Stream.of(query.split("&"))
                .filter(parameter -> parameter.startsWith("answerAfterMillis="))
                .map(parameter -> Duration.ofMillis(Long.parseLong(parameter.substring("answerAfterMillis=".length()))))
                .findFirst();
    }

    private int nextStatus(String leadId) {
        Deque<Integer> script = leadId == null ? null : scripts.get(leadId);
        if (script == null) {
            return 200;
        }
        synchronized (script) {
            return script.isEmpty() ? 200 : script.poll();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String leadIdOf(String body) {
        try {
            JsonNode leadId = JSON.readTree(body).get("leadId");
            return leadId == null ? null : leadId.asString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
