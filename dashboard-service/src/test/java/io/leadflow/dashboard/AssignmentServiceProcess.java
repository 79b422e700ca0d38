package io.leadflow.dashboard;

import static org.awaitility.Awaitility.await;

import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real assignment-service, from its runnable jar, as a child JVM on the test's broker and store and accepting
 * the test tokens: what the page's hopper claims reach. Its log is {@code target/assignment-service.log}.
 */
final class AssignmentServiceProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Process process;
    private final int port;
    private final Path log;

    private AssignmentServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it on {@code port} and waits until it is healthy. */
    static AssignmentServiceProcess start(int port) {
        String jar = System.getProperty("leadflow.assignment-service.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No assignment-service runnable jar (system property "
                    + "leadflow.assignment-service.jar, set by the pom): " + jar);
        }
        Path log = Path.of("target", "assignment-service.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m", "-jar", jar,
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + LeadflowTestInfrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + LeadflowTestInfrastructure.mongoUri(),
                // mongo-java-server does not implement the 'hello' command Boot's MongoDB health check sends.
                "--management.health.mongodb.enabled=false",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestTokens.publicKeyFile(),
                "--leadflow.access.administrators=" + TestTokens.ADMINISTRATOR,
                "--leadflow.assignment.acknowledgement-links.secret=dashboard-page-test-secret-of-32-bytes-or-more");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            AssignmentServiceProcess service = new AssignmentServiceProcess(process, port, log);
            service.awaitHealthy();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start assignment-service", e);
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(START_PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("assignment-service stopped; see " + log.toAbsolutePath());
                    }
                    return http.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                });
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
