package io.leadflow.launcher.faults;

import io.leadflow.launcher.EngineWaitTimeout;
import io.leadflow.launcher.Platform;
import io.leadflow.launcher.PlatformSettings;
import io.leadflow.launcher.Service;
import io.leadflow.launcher.bench.ScratchDirectory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded default as the launcher runs it (broker and store in this JVM, each service instance a child JVM),
 * in a fresh temporary directory on free ports, with the suite's webhook receiver as the team's endpoint; every
 * piece can be stopped, killed and started again on its own. Deleted on close or on Ctrl-C.
 */
final class FaultPlatform implements AutoCloseable {

    private final ScratchDirectory dataDir = ScratchDirectory.create();
    private final WebhookReceiver webhooks = WebhookReceiver.start();
    private Platform platform;
    private boolean closed;

    private FaultPlatform() {
    }

    /**
     * @param assignmentInstances instances of assignment-service (one of every other service)
     * @param engineWait how long parked leads wait for the external engine
     */
    static FaultPlatform start(int assignmentInstances, EngineWaitTimeout engineWait) {
        FaultPlatform started = new FaultPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "faults-stop"));
        try {
            int[] ports = ScratchDirectory.freePorts(3 + Service.PIPELINE.size() + assignmentInstances - 1);
            Map<Service, List<Integer>> servicePorts = new EnumMap<>(Service.class);
            int next = 3;
            for (Service service : Service.PIPELINE) {
                List<Integer> instancePorts = new ArrayList<>();
                int instances = service == Service.ASSIGNMENT ? assignmentInstances : 1;
                for (int i = 0; i < instances; i++) {
                    instancePorts.add(ports[next++]);
                }
                servicePorts.put(service, instancePorts);
            }
            started.platform = Platform.start(new PlatformSettings(started.dataDir.path(),
                    PlatformSettings.defaultServicesDir(), ports[0], ports[1], ports[2], servicePorts,
                    started.webhooks.url(), null, engineWait));
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    Platform platform() {
        return platform;
    }

    WebhookReceiver webhooks() {
        return webhooks;
    }

    String bootstrapServers() {
        return platform.kafkaBootstrapServers();
    }

    String url(Service service) {
        return platform.url(service);
    }

    /** Who the suite changes routing as: one of the embedded default's administrators. */
    static final String CALLER = "leadflow-faults";

    /** The header of the suite's calls to the services. */
    String authorization() {
        return platform.accessKeys().bearer(CALLER);
    }

    static int freePort() {
        return ScratchDirectory.freePorts(1)[0];
    }

    /** Idempotent: runs once from the suite, and again (doing nothing) from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (platform != null) {
            platform.close();
        }
        webhooks.close();
        dataDir.delete();
    }
}
