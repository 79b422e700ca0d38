package io.leadflow.launcher;

import io.leadflow.schemas.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * The embedded store and broker with one service as a child JVM, as the launcher runs them, for tests that kill,
 * restart or talk to that one service. The service keeps its port across restarts.
 */
final class OneServiceStack implements AutoCloseable {

    /** How long a service JVM may take to become healthy on a busy 2-core machine. */
    static final Duration STARTUP = Duration.ofMinutes(3);

    private final Path dataDir;
    private final Service service;
    private final int servicePort;
    private final MongoStore mongo;
    private final KafkaBroker kafka;
    private ServiceProcess process;
    private final AccessKeys accessKeys;

    private OneServiceStack(Path dataDir, Service service, int[] ports) {
        this.dataDir = dataDir;
        this.accessKeys = AccessKeys.inDataDir(dataDir, Clock.systemUTC());
        this.service = service;
        this.servicePort = ports[3];
        MongoStore startedMongo = MongoStore.start(dataDir, ports[0]);
        try {
            this.kafka = KafkaBroker.start(dataDir, ports[1], ports[2]);
        } catch (RuntimeException failed) {
            startedMongo.close();
            throw failed;
        }
        this.mongo = startedMongo;
    }

    /** Starts the store, the broker and {@code service}, and waits until the service is healthy. */
    static OneServiceStack start(Path dataDir, Service service) {
        OneServiceStack stack = new OneServiceStack(dataDir, service, freePorts(4));
        try {
            stack.startService();
        } catch (RuntimeException failed) {
            stack.close();
            throw failed;
        }
        return stack;
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** A request to the running service as an operator, with a valid access token. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(process.url() + path))
                .header("Authorization", accessKeys.bearer("ops@example.com"));
    }

    /** The running service instance. */
    ServiceProcess service() {
        return process;
    }

    /** SIGKILL: the service stops at once, in the middle of whatever it was doing. */
    void killService() {
        process.kill();
    }

    /**
     * Starts the service again on the same port, against the same store and broker; assignment-service with the
     * launcher's acknowledgement links, so links made before a restart can be tried after it; the services that
     * check permissions with the embedded default's administrator, as the launcher starts them.
     */
    void startService() {
        Map<String, String> environment = ServiceProcess.environment(kafka, mongo);
        List<String> arguments = new ArrayList<>(accessKeys.serviceArguments());
        if (service == Service.ASSIGNMENT) {
            environment = Platform.withLinkSecret(environment, AcknowledgementLinkSecret.of(dataDir));
            arguments.add(Platform.acknowledgementLinkBaseUrl(servicePort));
        }
        if (service == Service.ASSIGNMENT || service == Service.REACTIVATION) {
            arguments.add(Platform.ADMINISTRATOR_ARGUMENT);
        }
        process = ServiceProcess.start(service.module(), service.jar(PlatformSettings.defaultServicesDir()),
                servicePort, environment, ServiceProcess.JVM_OPTIONS, arguments, dataDir.resolve("logs"));
        process.awaitHealthy(STARTUP);
    }

    /**
     * Waits until the broker leads every partition of the topics. The service declared them moments ago, and an
     * idempotent producer sending before that can stall on retries for minutes; listing the partitions' offsets is
     * answered by their leaders only.
     */
    void awaitPartitionLeaders(Topic<?>... topics) throws InterruptedException, ExecutionException {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (Topic<?> topic : topics) {
                for (int partition = 0; partition < topic.partitions(); partition++) {
                    partitions.put(new TopicPartition(topic.name(), partition), OffsetSpec.latest());
                }
            }
            admin.listOffsets(partitions).all().get();
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
        kafka.close();
        mongo.close();
    }

    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the port was only held to learn that it is free
                }
            }
        }
    }
}
