package io.leadflow.launcher.bench;

import io.leadflow.launcher.AccessKeys;
import io.leadflow.launcher.Platform;
import io.leadflow.launcher.PlatformSettings;
import io.leadflow.launcher.Service;
import io.leadflow.launcher.ServiceProcess;
import io.leadflow.launcher.WebhookInbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The embedded default exactly as {@code java -jar leadflow-launcher.jar} starts it (the launcher's {@link Platform}:
 * broker and store in this JVM, the services as child JVMs with the launcher's options, notifications posted to a
 * local webhook inbox), but in a fresh temporary directory on free ports; all stopped and the directory deleted on
 * close or on Ctrl-C.
 */
final class PipelinePlatform implements AutoCloseable {

    /** This JVM among the processes: it runs the broker, the store, the webhook inbox and the benchmark's clients. */
    static final String THIS_JVM = "benchmark JVM (broker, store, clients)";

    private static final int START_ATTEMPTS = 3;

    private final ScratchDirectory dataDir = ScratchDirectory.create();
    private final AtomicLong webhooks = new AtomicLong();
    private WebhookInbox inbox;
    private Platform platform;
    private boolean closed;

    private PipelinePlatform() {
    }

    /**
     * Starts the platform on free ports. A port is found free, then bound seconds later: on a machine shared with
     * other work another program can take it in between, and then the platform starts again on other ports.
     */
    static PipelinePlatform start(int instances) {
        for (int attempt = 1; ; attempt++) {
            PipelinePlatform started = new PipelinePlatform();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "bench-stop"));
            try {
                started.startAll(instances);
                return started;
            } catch (RuntimeException e) {
                started.close();
                if (attempt == START_ATTEMPTS || !portTaken(e)) {
                    throw e;
                }
                Phases.say("a port was taken by another program meanwhile; starting again on other ports");
            }
        }
    }

    private void startAll(int instances) {
        // The pipeline only: the benchmark measures it, and the dashboard would share its two cores.
        int[] ports = ScratchDirectory.freePorts(3 + Service.PIPELINE.size() * instances);
        Map<Service, List<Integer>> servicePorts = new EnumMap<>(Service.class);
        int next = 3;
        for (Service service : Service.PIPELINE) {
            List<Integer> instancePorts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                instancePorts.add(ports[next++]);
            }
            servicePorts.put(service, instancePorts);
        }
        inbox = WebhookInbox.start(0, notification -> webhooks.incrementAndGet());
        platform = Platform.start(new PlatformSettings(dataDir.path(), PlatformSettings.defaultServicesDir(),
                ports[0], ports[1], ports[2], servicePorts, inbox.url(), null, null));
    }

    /** A bind that failed, in this JVM or (as its log says) in a service's. */
    private static boolean portTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException || String.valueOf(cause.getMessage()).contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    String kafkaBootstrapServers() {
        return platform.kafkaBootstrapServers();
    }

    String assignmentServiceUrl() {
        return platform.url(Service.ASSIGNMENT);
    }

    AccessKeys accessKeys() {
        return platform.accessKeys();
    }

    List<ServiceProcess> services() {
        return platform.services();
    }

    /** Every JVM of the run by name: the service instances, then this one. */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        platform.services().forEach(service -> processes.put(service.name(), service.handle()));
        processes.put(THIS_JVM, ProcessHandle.current());
        return processes;
    }

    /** Notifications the webhook inbox received. */
    long webhooks() {
        return webhooks.get();
    }

    /** Bytes of the store's journal and snapshots now. */
    long storeBytes() {
        try (Stream<Path> files = Files.walk(platform.storeDirectory())) {
            return files.filter(Files::isRegularFile).mapToLong(PipelinePlatform::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + platform.storeDirectory(), e);
        }
    }

    /** A file compaction removed since it was listed counts as empty. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Idempotent: runs once from the benchmark, and again (doing nothing) from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (platform != null) {
            platform.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        dataDir.delete();
    }
}
