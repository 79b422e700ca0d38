package io.leadflow.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of leadflow on one machine: broker, store and the four services (one or more instances of each),
 * started and stopped together.
 */
public final class Platform implements AutoCloseable {

    private static final Duration SERVICE_START_PATIENCE = Duration.ofMinutes(3);

    private final MongoStore mongo;
    private final KafkaBroker kafka;
    private final List<ServiceProcess> services;

    private Platform(MongoStore mongo, KafkaBroker kafka, List<ServiceProcess> services) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.services = services;
    }

    public static Platform start(PlatformSettings settings) {
        MongoStore mongo = MongoStore.start(settings.dataDir(), settings.mongoPort());
        KafkaBroker kafka = null;
        List<ServiceProcess> services = new ArrayList<>();
        try {
            kafka = KafkaBroker.start(settings.dataDir(), settings.kafkaPort(), settings.controllerPort());
            Map<String, String> environment = new HashMap<>(ServiceProcess.environment(kafka, mongo));
            environment.put("NOTIFICATION_WEBHOOK_URL", settings.webhookUrl());
            for (Service service : Service.values()) {
                List<Integer> ports = settings.servicePorts().get(service);
                for (int instance = 1; instance <= ports.size(); instance++) {
                    services.add(ServiceProcess.start(instanceName(service, instance),
                            service.jar(settings.servicesDir()), ports.get(instance - 1), environment,
                            ServiceProcess.JVM_OPTIONS, argumentsFor(service, settings),
                            settings.dataDir().resolve("logs")));
                }
            }
            for (ServiceProcess process : services) {
                process.awaitHealthy(SERVICE_START_PATIENCE);
            }
            return new Platform(mongo, kafka, services);
        } catch (RuntimeException e) {
            new Platform(mongo, kafka, services).close();
            throw e;
        }
    }

    /** The first instance is named after its module, further ones get a number (and a log file of their own). */
    private static String instanceName(Service service, int instance) {
        return instance == 1 ? service.module() : service.module() + "-" + instance;
    }

    private static List<String> argumentsFor(Service service, PlatformSettings settings) {
        List<String> arguments = new ArrayList<>();
        if (service == Service.ASSIGNMENT && settings.engineWaitTimeout() != null) {
            arguments.add("--leadflow.assignment.engine-wait-timeout=" + settings.engineWaitTimeout());
        }
        return arguments;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String mongoUri() {
        return mongo.uri();
    }

    /** The address of the service's first instance. */
    public String url(Service service) {
        return services.stream().filter(process -> process.name().equals(service.module())).findFirst()
                .orElseThrow().url();
    }

    /** Every service instance, in start order. */
    public List<ServiceProcess> services() {
        return services;
    }

    /** The store's directory (journal and snapshots): what the persistent data of all four services takes on disk. */
    public Path storeDirectory() {
        return mongo.directory();
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        mongo.close();
    }
}
