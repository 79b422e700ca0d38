package io.leadflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One leadflow service running as a child JVM from its runnable jar, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Options for services that run for days: the full tiered JIT (C1-only code, which halves start-up on two
     * busy cores, is markedly slower under sustained load), the serial collector (the heaps are small and the
     * cores few, so one collector thread costs least), and a fixed heap floor so a burst does not pay for
     * growing it.
     */
    public static final List<String> JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-Xms256m", "-Xmx512m", "-Xss512k");

    private final String name;
    private final int port;
    private final ProcessBuilder builder;
    private final Path log;
    private volatile Process process;

    private ServiceProcess(String name, int port, ProcessBuilder builder, Path log) {
        this.name = name;
        this.port = port;
        this.builder = builder;
        this.log = log;
    }

    /** What every service needs to reach the embedded broker and store. */
    public static Map<String, String> environment(KafkaBroker kafka, MongoStore mongo) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MONGODB_URI", mongo.uri(),
                // mongo-java-server does not implement the 'hello' command Boot's MongoDB health check sends.
                "MANAGEMENT_HEALTH_MONGODB_ENABLED", "false");
    }

    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment,
            List<String> jvmOptions, List<String> arguments, Path logDir) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runnable jar for " + name + " at " + jar
                    + ": build first with 'mvn -DskipTests package'");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            ServiceProcess service = new ServiceProcess(name, port, builder, log);
            service.launch();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private void launch() throws IOException {
        process = builder.start();
    }

    /**
     * Starts the service again after it stopped or was killed: the same command, environment and port, its output
     * added to the end of the same log (which then tells both lives). Waits for nothing; see {@link #awaitHealthy}.
     */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running (pid " + process.pid() + ")");
        }
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " again", e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the service reports UP on its health endpoint, or fails with the end of its log. */
    public void awaitHealthy(Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + "\n" + logTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Starting up: try again shortly.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            pause();
        }
        throw new IllegalStateException(name + " was not healthy within " + patience + "\n" + logTail());
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    /** The service's JVM as the operating system sees it (the child process is the JVM itself): pid, CPU time. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** The last lines the service wrote, to show why it failed. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Kills the JVM at once (SIGKILL), as a crash would: no shutdown hook, no offset commit, nothing flushed. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the JVM as an operator would (SIGTERM): shutdown hooks run, consumers leave their groups. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
