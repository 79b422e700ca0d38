package io.leadflow.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The whole of leadflow on one machine: broker, store and the services (the four of the pipeline and the dashboard,
 * one or more instances of each), started and stopped together.
 */
public final class Platform implements AutoCloseable {

    private static final Duration SERVICE_START_PATIENCE = Duration.ofMinutes(3);
    /** How the demo's users want to be told; each entry an argument of notification-service. */
    static final String NOTIFICATION_RECIPIENTS = "/demo/notification-recipients.properties";

    private final PlatformSettings settings;
    private final AccessKeys accessKeys;
    private final String linkSecret;
    private final List<ServiceProcess> services = new ArrayList<>();
    private MongoStore mongo;
    private KafkaBroker kafka;

    private Platform(PlatformSettings settings, AccessKeys accessKeys, String linkSecret) {
        this.settings = settings;
        this.accessKeys = accessKeys;
        this.linkSecret = linkSecret;
    }

    public static Platform start(PlatformSettings settings) {
        Platform platform = new Platform(settings, AccessKeys.inDataDir(settings.dataDir(), Clock.systemUTC()),
                AcknowledgementLinkSecret.of(settings.dataDir()));
        try {
            platform.startStore();
            platform.startBroker();
            for (Service service : Service.values()) {
                List<Integer> ports = settings.servicePorts().getOrDefault(service, List.of());
                for (int instance = 1; instance <= ports.size(); instance++) {
                    platform.launch(service, instance, ports.get(instance - 1));
                }
            }
            for (ServiceProcess process : platform.services) {
                process.awaitHealthy(SERVICE_START_PATIENCE);
            }
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private ServiceProcess launch(Service service, int instance, int port) {
        Map<String, String> environment = new HashMap<>(ServiceProcess.environment(kafka, mongo));
        environment.put("NOTIFICATION_WEBHOOK_URL", settings.webhookUrl());
        ServiceProcess process = ServiceProcess.start(instanceName(service, instance), service.jar(settings.servicesDir()),
                port, service == Service.ASSIGNMENT ? withLinkSecret(environment, linkSecret) : environment,
                ServiceProcess.JVM_OPTIONS, argumentsFor(service, settings, port, accessKeys),
                settings.dataDir().resolve("logs"));
        services.add(process);
        return process;
    }

    /**
     * One more instance of the service on the port, as a new machine joining would: it shares the others' consumer
     * groups, so the partitions are rebalanced. Returns once it is healthy.
     */
    public ServiceProcess addInstance(Service service, int port) {
        int instance = instancesOf(service).size() + 1;
        ServiceProcess process = launch(service, instance, port);
        process.awaitHealthy(SERVICE_START_PATIENCE);
        return process;
    }

    /** The running or stopped instance by its name, e.g. {@code assignment-service-2}. */
    public ServiceProcess instance(String name) {
        return services.stream().filter(process -> process.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service instance named " + name));
    }

    /** Starts a stopped or killed instance again, and waits until it is healthy. */
    public void restart(String name) {
        ServiceProcess process = instance(name);
        process.restart();
        process.awaitHealthy(SERVICE_START_PATIENCE);
    }

    /** Starts the store on its port from its journal directory (again, after {@link #stopStore}). */
    public void startStore() {
        mongo = MongoStore.start(settings.dataDir(), settings.mongoPort());
    }

    /** The store goes away: it stops taking connections (its data stays in the journal). */
    public void stopStore() {
        mongo.close();
        mongo = null;
    }

    /** Starts the broker on its ports from its log directory (again, after {@link #stopBroker}). */
    public void startBroker() {
        kafka = KafkaBroker.start(settings.dataDir(), settings.kafkaPort(), settings.controllerPort());
    }

    /** The broker shuts down (its log stays in the data directory). */
    public void stopBroker() {
        kafka.close();
        kafka = null;
    }

    /** The first instance is named after its module, further ones get a number (and a log file of their own). */
    private static String instanceName(Service service, int instance) {
        return instance == 1 ? service.module() : service.module() + "-" + instance;
    }

    /**
     * The embedded default's administrators, who may edit routing, reassignment groups and reactivation scenarios
     * before any directory event arrives: the user of the README's {@code --token ops@example.com}, and the
     * launcher's own demo ({@code leadflow-demo}), benchmark ({@code leadflow-bench}) and fault suite
     * ({@code leadflow-faults}), which set routing up.
     */
    public static final String ADMINISTRATOR_ARGUMENT =
            "--leadflow.access.administrators=ops@example.com,leadflow-demo,leadflow-bench,leadflow-faults";

    private static List<String> argumentsFor(Service service, PlatformSettings settings, int port,
            AccessKeys accessKeys) {
        List<String> arguments = new ArrayList<>(accessKeys.serviceArguments());
        if (service == Service.ASSIGNMENT) {
            arguments.add(acknowledgementLinkBaseUrl(port));
        }
        if (service == Service.ASSIGNMENT || service == Service.REACTIVATION) {
            arguments.add(ADMINISTRATOR_ARGUMENT);
        }
        if (service == Service.ASSIGNMENT && settings.engineWaitTimeout() != null) {
            arguments.addAll(settings.engineWaitTimeout().assignmentArguments());
        }
        if (service == Service.NOTIFICATION && settings.smtpPort() != null) {
            arguments.addAll(mailSinkArguments(settings.smtpPort()));
        }
        if (service == Service.DASHBOARD) {
            arguments.add(dashboardArgument(settings));
        }
        return arguments;
    }

    /** The dashboard relays the hopper, its claims and the engine waits to assignment-service's first instance. */
    static String dashboardArgument(PlatformSettings settings) {
        return "--leadflow.dashboard.assignment-service-url=http://localhost:"
                + settings.servicePorts().get(Service.ASSIGNMENT).get(0);
    }

    /**
     * Acknowledgement links point at the instance itself, so they work from this machine. An argument, because it
     * must win over whatever LEADFLOW_ACKNOWLEDGEMENT_LINK_BASE_URL the launcher's environment holds.
     */
    static String acknowledgementLinkBaseUrl(int port) {
        return "--leadflow.assignment.acknowledgement-links.base-url=http://localhost:" + port;
    }

    /**
     * assignment-service's environment with the data directory's secret ({@link AcknowledgementLinkSecret}), so links
     * still work after a restart. In the environment, not among the arguments, where any local user could read it
     * (ps); it replaces whatever LEADFLOW_ACKNOWLEDGEMENT_LINK_SECRET the launcher's environment holds.
     */
    static Map<String, String> withLinkSecret(Map<String, String> environment, String linkSecret) {
        Map<String, String> withSecret = new HashMap<>(environment);
        withSecret.put("LEADFLOW_ACKNOWLEDGEMENT_LINK_SECRET", linkSecret);
        return withSecret;
    }

    /**
     * Email to the local mail sink: plain SMTP on 127.0.0.1, no login (whatever NOTIFICATION_SMTP_* the launcher's
     * environment holds), and the demo's users' preferences. Arguments, because they must win over the service's
     * application.yml.
     */
    static List<String> mailSinkArguments(int smtpPort) {
        List<String> arguments = new ArrayList<>(List.of(
                "--leadflow.notification.email.host=127.0.0.1",
                "--leadflow.notification.email.port=" + smtpPort,
                "--leadflow.notification.email.tls=none",
                "--leadflow.notification.email.username=",
                "--leadflow.notification.email.password="));
        Properties recipients = new Properties();
        try (InputStream in = Platform.class.getResourceAsStream(NOTIFICATION_RECIPIENTS)) {
            if (in == null) {
                throw new IllegalStateException("The launcher's jar has no " + NOTIFICATION_RECIPIENTS);
            }
            recipients.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + NOTIFICATION_RECIPIENTS, e);
        }
        recipients.stringPropertyNames().stream().sorted()
                .forEach(key -> arguments.add("--" + key + "=" + recipients.getProperty(key)));
        return arguments;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String mongoUri() {
        return mongo.uri();
    }

    /** The address of the service's first instance still running. */
    public String url(Service service) {
        return instancesOf(service).stream().filter(ServiceProcess::isAlive).findFirst()
                .orElseThrow(() -> new IllegalStateException("No instance of " + service.module() + " is running"))
                .url();
    }

    private List<ServiceProcess> instancesOf(Service service) {
        return services.stream().filter(process -> process.name().equals(service.module())
                || process.name().startsWith(service.module() + "-")).toList();
    }

    /** The keys the services check access tokens with, to sign tokens for the demo and tools. */
    public AccessKeys accessKeys() {
        return accessKeys;
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
        if (mongo != null) {
            mongo.close();
        }
    }
}
