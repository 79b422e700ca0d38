package io.leadflow.launcher.bench;

import io.leadflow.launcher.KafkaBroker;
import io.leadflow.launcher.MongoStore;
import io.leadflow.launcher.PlatformSettings;
import io.leadflow.launcher.Service;
import io.leadflow.launcher.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the benchmark measures and nothing else: the broker, the store and one assignment-service, in a fresh
 * temporary directory on free ports, all stopped and the directory deleted on close or on Ctrl-C.
 */
final class BenchPlatform implements AutoCloseable {

    /** Normal tiered JIT and a fixed heap, so the measurement is of compiled code and not of heap resizing. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g");

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final Path dataDir;
    private MongoStore mongo;
    private KafkaBroker kafka;
    private ServiceProcess assignmentService;
    private boolean closed;

    private BenchPlatform(Path dataDir) {
        this.dataDir = dataDir;
    }

    static BenchPlatform start() {
        BenchPlatform platform;
        try {
            platform = new BenchPlatform(Files.createTempDirectory("leadflow-bench-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data directory", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "bench-stop"));
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        int[] ports = freePorts(4);
        mongo = MongoStore.start(dataDir, ports[0]);
        kafka = KafkaBroker.start(dataDir, ports[1], ports[2]);
        assignmentService = ServiceProcess.start(Service.ASSIGNMENT.module(),
                Service.ASSIGNMENT.jar(PlatformSettings.defaultServicesDir()), ports[3],
                ServiceProcess.environment(kafka, mongo), SERVICE_JVM_OPTIONS, List.of(), dataDir.resolve("logs"));
        assignmentService.awaitHealthy(START_PATIENCE);
    }

    /** Held open together, so the operating system hands out distinct ports. */
    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Only probing for a free port.
                }
            }
        }
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    ServiceProcess assignmentService() {
        return assignmentService;
    }

    /** Idempotent: runs once from the benchmark, and again (doing nothing) from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (assignmentService != null) {
            assignmentService.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        deleteDataDir();
    }

    private void deleteDataDir() {
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dataDir + ": " + e.getMessage());
        }
    }
}
