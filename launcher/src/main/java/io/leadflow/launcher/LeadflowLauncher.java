package io.leadflow.launcher;

import io.leadflow.launcher.demo.Demo;
import io.leadflow.launcher.demo.FlowPrinter;
import io.leadflow.launcher.deadletter.DeadLetterReplay;
import io.leadflow.launcher.deadletter.DeadLetters;
import io.leadflow.launcher.journey.LeadJourney;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts leadflow on the embedded default: a real Kafka broker (KRaft) and mongo-java-server in this JVM,
 * the four services and the dashboard as child JVMs, a local webhook inbox and a local mail sink for notifications
 * (each mail a file in {@code data/mail/}); optionally plays the demo. Runs until Ctrl-C.
 */
public final class LeadflowLauncher {

    /** Who reads the services' read models for --journey. */
    static final String JOURNEY_CALLER = "leadflow-journey";
    /** Who the printed dashboard link signs in: the embedded default's administrator. */
    static final String DASHBOARD_USER = "ops@example.com";

    private LeadflowLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LauncherOptions.USAGE);
            return;
        }
        if (options.token() != null) {
            System.out.println(AccessKeys.inDataDir(options.dataDir(), Clock.systemUTC())
                    .token(options.token(), options.tokenName()));
            return;
        }
        if (options.watch()) {
            watch("127.0.0.1:" + options.kafkaPort());
            return;
        }
        if (options.journey() != null) {
            journey(options);
            return;
        }
        if (!options.deadLetters().isEmpty() || options.replay() != null) {
            deadLetters(options);
            return;
        }
        List<String> busy = busyPorts(options);
        if (!busy.isEmpty()) {
            System.err.println("Cannot start: " + String.join(", ", busy)
                    + ". Stop what uses them or choose other ports (--help lists the options).");
            System.exit(1);
            return;
        }
        run(options);
    }

    /** Prints what happened to one lead of a running platform, from its topics and the services' read models. */
    private static void journey(LauncherOptions options) throws InterruptedException {
        Map<Service, Integer> ports = options.servicePorts();
        LeadJourney journey = new LeadJourney("127.0.0.1:" + options.kafkaPort(), LeadJourney.readModelsOf(
                url(ports, Service.RESPONSE), url(ports, Service.ASSIGNMENT), url(ports, Service.REACTIVATION),
                url(ports, Service.NOTIFICATION)), AccessKeys.inDataDir(options.dataDir(), Clock.systemUTC())
                .bearer(JOURNEY_CALLER));
        journey.print(options.journey(), System.out);
    }

    /** Lists or replays the dead letters of a running platform; a dead letter that is not there stops it (exit 2). */
    private static void deadLetters(LauncherOptions options) throws InterruptedException {
        String bootstrapServers = "127.0.0.1:" + options.kafkaPort();
        if (!KafkaBroker.isReachable(bootstrapServers)) {
            System.err.println("No Kafka broker answers at " + bootstrapServers
                    + ": start leadflow first (./run.sh), or pass its --kafka-port.");
            System.exit(1);
            return;
        }
        if (options.replay() == null) {
            new DeadLetters(bootstrapServers).print(options.deadLetters(), System.out);
            return;
        }
        try {
            new DeadLetterReplay(bootstrapServers, Clock.systemUTC()).print(options.replay(), options.replayBy(),
                    options.replayOffsets(), System.out);
        } catch (IllegalArgumentException refused) {
            System.err.println(refused.getMessage());
            System.exit(2);
        }
    }

    private static String url(Map<Service, Integer> ports, Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private static void run(LauncherOptions options) throws InterruptedException {
        Demo[] demo = new Demo[1];
        StopSignal stop = StopSignal.onShutdown();
        System.out.println("leadflow: starting Kafka, MongoDB, the four services and the dashboard (data in " + options.dataDir().toAbsolutePath() + ")");
        try (WebhookInbox inbox = WebhookInbox.start(options.webhookPort(), notification -> {
                    if (demo[0] != null) {
                        demo[0].notified(notification);
                    } else {
                        System.out.println("webhook inbox: " + notification.path("recipient").path("name").asString()
                                + ": " + notification.path("subject").asString());
                    }
                });
                MailSink mail = MailSink.start(options.smtpPort(), options.dataDir().resolve(MailSink.DIRECTORY),
                        received -> {
                            if (demo[0] != null) {
                                demo[0].mailed(received);
                            } else {
                                System.out.println("mail sink: to " + String.join(", ", received.to()) + ": "
                                        + received.subject() + " (" + received.file() + ")");
                            }
                        });
                Platform platform = Platform.start(new PlatformSettings(options.dataDir(),
                        PlatformSettings.defaultServicesDir(), options.kafkaPort(), options.kafkaPort() + 1,
                        options.mongoPort(), PlatformSettings.oneInstanceEach(options.servicePorts()), inbox.url(),
                        mail.port(), options.engineWaitTimeout()))) {
            printAddresses(platform, inbox, mail);
            if (options.demo()) {
                demo[0] = new Demo(platform.kafkaBootstrapServers(), platform.url(Service.RESPONSE),
                        platform.url(Service.ASSIGNMENT), platform.url(Service.REACTIVATION),
                        options.engineWaitTimeout().duration(), platform.accessKeys(), System.out);
                demo[0].play();
                System.out.println("Demo done. leadflow keeps running for you to explore; Ctrl-C stops it.");
            }
            stop.await();
            System.out.println("leadflow: stopping");
        } finally {
            stop.stopped();
        }
    }

    private static void watch(String bootstrapServers) throws InterruptedException {
        if (!KafkaBroker.isReachable(bootstrapServers)) {
            System.err.println("No Kafka broker answers at " + bootstrapServers
                    + ": start leadflow first (./run.sh), or pass its --kafka-port.");
            System.exit(1);
            return;
        }
        System.out.println("Watching every leadflow topic at " + bootstrapServers + " (Ctrl-C stops)");
        StopSignal stop = StopSignal.onShutdown();
        try (FlowPrinter printer = FlowPrinter.watch(bootstrapServers, System.out)) {
            stop.await();
        } finally {
            stop.stopped();
        }
    }

    private static void printAddresses(Platform platform, WebhookInbox inbox, MailSink mail) {
        System.out.println("leadflow is up:");
        System.out.printf("  %-22s %s%n", "Kafka (KRaft)", platform.kafkaBootstrapServers());
        System.out.printf("  %-22s %s%n", "MongoDB (wire)", platform.mongoUri());
        for (ServiceProcess service : platform.services()) {
            System.out.printf("  %-22s %s   (log: %s)%n", service.name(), service.url(), service.log());
        }
        System.out.printf("  %-22s %s%n", "webhook inbox", inbox.url());
        System.out.printf("  %-22s %s   (each mail a file in %s)%n", "mail sink (SMTP)", mail.address(),
                mail.directory());
        platform.services().stream().filter(service -> service.name().equals(Service.DASHBOARD.module())).findFirst()
                .ifPresent(dashboard -> System.out.printf("Live dashboard, as %s (the token stays in the link's "
                        + "fragment, never sent to a server):%n  %s/#token=%s%n", DASHBOARD_USER, dashboard.url(),
                        platform.accessKeys().token(DASHBOARD_USER, null)));
    }

    private static List<String> busyPorts(LauncherOptions options) {
        List<String> busy = new ArrayList<>();
        check(busy, "Kafka", options.kafkaPort());
        check(busy, "Kafka controller", options.kafkaPort() + 1);
        check(busy, "MongoDB", options.mongoPort());
        check(busy, "webhook inbox", options.webhookPort());
        check(busy, "mail sink", options.smtpPort());
        options.servicePorts().forEach((service, port) -> check(busy, service.module(), port));
        return busy;
    }

    private static void check(List<String> busy, String what, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            busy.add("port " + port + " (" + what + ") is in use");
        }
    }
}
