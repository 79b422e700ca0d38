package io.leadflow.launcher;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how the embedded platform runs.
 *
 * @param servicePorts for each service, the HTTP port of each of its instances (one instance per port); a service
 *     absent from it does not run (the benchmark and fault tests run {@link Service#PIPELINE} only)
 * @param webhookUrl where notification-service posts webhooks (the launcher's webhook inbox)
 * @param smtpPort the port of the local mail sink on 127.0.0.1 notification-service sends email to, with the demo's
 *     users' email preferences ({@code demo/notification-recipients.properties}); null: no sink, and nobody is
 *     told by email
 * @param engineWaitTimeout how long assignment-service waits for an external engine before the fallback
 *     owner, or {@link EngineWaitTimeout#OFF}; null keeps the service's own default
 */
public record PlatformSettings(
        Path dataDir,
        Path servicesDir,
        int kafkaPort,
        int controllerPort,
        int mongoPort,
        Map<Service, List<Integer>> servicePorts,
        String webhookUrl,
        Integer smtpPort,
        EngineWaitTimeout engineWaitTimeout) {

    static final int DEFAULT_KAFKA_PORT = 9092;
    static final int DEFAULT_MONGO_PORT = 27017;
    static final int DEFAULT_WEBHOOK_PORT = 8090;
    static final int DEFAULT_SMTP_PORT = 8025;

    /** One instance of each service given a port; the others do not run. */
    public static Map<Service, List<Integer>> oneInstanceEach(Map<Service, Integer> ports) {
        Map<Service, List<Integer>> instances = new EnumMap<>(Service.class);
        ports.forEach((service, port) -> instances.put(service, List.of(port)));
        return instances;
    }

    /** The services' jars sit in {@code services/} next to the launcher's own jar, unless told otherwise. */
    public static Path defaultServicesDir() {
        String configured = System.getProperty("leadflow.services.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path ownJar = Path.of(LeadflowLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ownJar.getParent().resolve("services");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the launcher's jar", e);
        }
    }
}
