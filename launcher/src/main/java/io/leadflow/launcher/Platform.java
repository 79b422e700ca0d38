package io.leadflow.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole of leadflow on one machine: broker, store and the four services, started and stopped together. */
final class Platform implements AutoCloseable {

    private static final Duration SERVICE_START_PATIENCE = Duration.ofMinutes(3);

    private final MongoStore mongo;
    private final KafkaBroker kafka;
    private final Map<Service, ServiceProcess> services;

    private Platform(MongoStore mongo, KafkaBroker kafka, Map<Service, ServiceProcess> services) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.services = services;
    }

    static Platform start(PlatformSettings settings) {
        MongoStore mongo = MongoStore.start(settings.dataDir(), settings.mongoPort());
        KafkaBroker kafka = null;
        Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
        try {
            kafka = KafkaBroker.start(settings.dataDir(), settings.kafkaPort(), settings.controllerPort());
            Map<String, String> environment = new HashMap<>(ServiceProcess.environment(kafka, mongo));
            environment.put("NOTIFICATION_WEBHOOK_URL", settings.webhookUrl());
            for (Service service : Service.values()) {
                services.put(service, ServiceProcess.start(service.module(), service.jar(settings.servicesDir()),
                        settings.servicePorts().get(service), environment, ServiceProcess.JVM_OPTIONS,
                        argumentsFor(service, settings), settings.dataDir().resolve("logs")));
            }
            for (ServiceProcess process : services.values()) {
                process.awaitHealthy(SERVICE_START_PATIENCE);
            }
            return new Platform(mongo, kafka, services);
        } catch (RuntimeException e) {
            new Platform(mongo, kafka, services).close();
            throw e;
        }
    }

    private static List<String> argumentsFor(Service service, PlatformSettings settings) {
        List<String> arguments = new ArrayList<>();
        if (service == Service.ASSIGNMENT && settings.engineWaitTimeout() != null) {
            arguments.add("--leadflow.assignment.engine-wait-timeout=" + settings.engineWaitTimeout());
        }
        return arguments;
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String mongoUri() {
        return mongo.uri();
    }

    String url(Service service) {
        return services.get(service).url();
    }

    Map<Service, ServiceProcess> services() {
        return services;
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        mongo.close();
    }
}
