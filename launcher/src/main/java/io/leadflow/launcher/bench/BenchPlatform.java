package io.leadflow.launcher.bench;

import io.leadflow.launcher.AccessKeys;
import io.leadflow.launcher.KafkaBroker;
import io.leadflow.launcher.MongoStore;
import io.leadflow.launcher.Platform;
import io.leadflow.launcher.PlatformSettings;
import io.leadflow.launcher.Service;
import io.leadflow.launcher.ServiceProcess;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark measures and nothing else: the broker, the store and one assignment-service, in a fresh
 * temporary directory on free ports, all stopped and the directory deleted on close or on Ctrl-C.
 */
final class BenchPlatform implements AutoCloseable {

    /** Normal tiered JIT and a fixed heap, so the measurement is of compiled code and not of heap resizing. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g");

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private final ScratchDirectory dataDir;
    private MongoStore mongo;
    private KafkaBroker kafka;
    private ServiceProcess assignmentService;
    private AccessKeys accessKeys;
    private boolean closed;

    private BenchPlatform(ScratchDirectory dataDir) {
        this.dataDir = dataDir;
    }

    static BenchPlatform start() {
        BenchPlatform platform = new BenchPlatform(ScratchDirectory.create());
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
        int[] ports = ScratchDirectory.freePorts(4);
        accessKeys = AccessKeys.inDataDir(dataDir.path(), Clock.systemUTC());
        mongo = MongoStore.start(dataDir.path(), ports[0]);
        kafka = KafkaBroker.start(dataDir.path(), ports[1], ports[2]);
        assignmentService = ServiceProcess.start(Service.ASSIGNMENT.module(),
                Service.ASSIGNMENT.jar(PlatformSettings.defaultServicesDir()), ports[3],
                ServiceProcess.environment(kafka, mongo), SERVICE_JVM_OPTIONS, arguments(),
                dataDir.path().resolve("logs"));
        assignmentService.awaitHealthy(START_PATIENCE);
    }

    /** The access-token key, and the benchmark as an administrator: it sets routing up over the API. */
    private List<String> arguments() {
        List<String> arguments = new ArrayList<>(accessKeys.serviceArguments());
        arguments.add(Platform.ADMINISTRATOR_ARGUMENT);
        return arguments;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    ServiceProcess assignmentService() {
        return assignmentService;
    }

    AccessKeys accessKeys() {
        return accessKeys;
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
        dataDir.delete();
    }
}
