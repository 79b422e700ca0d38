package io.leadflow.launcher;

import io.leadflow.launcher.deadletter.PartitionOffset;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line options of the launcher; a wrong one stops it with a message saying which and why.
 *
 * @param deadLetters the topics whose dead letters to list, empty when not asked
 * @param replay the topic whose dead letters to replay, null when not asked
 * @param replayOffsets the dead letters to replay, empty for all of the topic's
 * @param token the user to print an access token for, null when not asked
 * @param tokenName the display name in that token, null for the user id
 */
record LauncherOptions(boolean demo, boolean watch, String journey, List<Topic<?>> deadLetters, Topic<?> replay,
        String replayBy, List<PartitionOffset> replayOffsets, boolean help, Path dataDir, int kafkaPort, int mongoPort, int webhookPort,
        int smtpPort, int httpPortBase, EngineWaitTimeout engineWaitTimeout, String token, String tokenName) {

    static final EngineWaitTimeout DEMO_ENGINE_WAIT_TIMEOUT = new EngineWaitTimeout(Duration.ofSeconds(20));

    static final String USAGE = """
            Usage: java -jar launcher/target/leadflow-launcher.jar [options]
              --demo                      play realistic traffic through the platform and narrate it
              --watch                     start nothing: print every event on every topic of a running
                                          platform (at --kafka-port) as it happens, until Ctrl-C
              --journey LEAD_ID           start nothing: print what happened to a lead of a running platform
                                          and why (every event on every topic, explanations, dead letters,
                                          and each service's view of it now; --kafka-port, --http-port-base)
              --dead-letters [TOPIC]      start nothing: list the dead letters of TOPIC (default: of every topic)
                                          of a running platform with their reasons, and count them
              --replay TOPIC --by NAME [--offsets P:O,P:O,...]
                                          start nothing: put TOPIC's dead letters at those dead-letter
                                          partitions:offsets (default: all of them) back on TOPIC, unchanged,
                                          recording who replayed them (NAME), when and from where
              --token USER_ID [--name NAME]
                                          start nothing: print an access token (a JWT valid for 12 hours) for
                                          the user, signed with the key in --data-dir that the services check
                                          tokens with; send it as Authorization: Bearer <token>
              --data-dir DIR              where Kafka and MongoDB keep their data, and the access token key in
                                          DIR/jwt/ (default: data)
              --kafka-port N              Kafka listener (default: 9092; the controller uses N+1)
              --mongo-port N              MongoDB wire protocol (default: 27017)
              --http-port-base N          services listen on N..N+4 (the dashboard: N+4; default: 8081)
              --webhook-port N            local webhook inbox notifications are posted to (default: 8090)
              --smtp-port N               local mail sink notifications are emailed to; every message is
                                          written to DIR/mail/ (default: 8025)
              --engine-wait-timeout D     how long to wait for an external engine, e.g. 20s or 10m, or off:
                                          parked leads wait until the engine moves them, never falling
                                          back (default: the service's own, 20s with --demo)
              --help                      this text""";

    static LauncherOptions parse(String... args) {
        boolean demo = false;
        boolean watch = false;
        String journey = null;
        boolean deadLetters = false;
        String deadLettersTopic = null;
        String replay = null;
        String replayBy = null;
        String replayOffsets = null;
        boolean help = false;
        Path dataDir = Path.of("data");
        int kafkaPort = PlatformSettings.DEFAULT_KAFKA_PORT;
        int mongoPort = PlatformSettings.DEFAULT_MONGO_PORT;
        int webhookPort = PlatformSettings.DEFAULT_WEBHOOK_PORT;
        int smtpPort = PlatformSettings.DEFAULT_SMTP_PORT;
        int httpPortBase = Service.RESPONSE.defaultPort();
        EngineWaitTimeout engineWaitTimeout = null;
        String token = null;
        String tokenName = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--demo" -> demo = true;
                case "--watch" -> watch = true;
                case "--journey" -> journey = value(args, ++i, option);
                case "--dead-letters" -> {
                    deadLetters = true;
                    if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        deadLettersTopic = args[++i];
                    }
                }
                case "--replay" -> replay = value(args, ++i, option);
                case "--by" -> replayBy = value(args, ++i, option);
                case "--offsets" -> replayOffsets = value(args, ++i, option);
                case "--token" -> token = value(args, ++i, option);
                case "--name" -> tokenName = value(args, ++i, option);
                case "--help", "-h" -> help = true;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, option));
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, option), option);
                case "--mongo-port" -> mongoPort = port(value(args, ++i, option), option);
                case "--webhook-port" -> webhookPort = port(value(args, ++i, option), option);
                case "--smtp-port" -> smtpPort = port(value(args, ++i, option), option);
                case "--http-port-base" -> httpPortBase = port(value(args, ++i, option), option);
                case "--engine-wait-timeout" -> engineWaitTimeout =
                        EngineWaitTimeout.parse(value(args, ++i, option), option);
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        if (demo && watch) {
            throw new IllegalArgumentException("--demo and --watch exclude each other: --watch starts nothing");
        }
        if (journey != null && (demo || watch)) {
            throw new IllegalArgumentException("--journey excludes --demo and --watch: it starts nothing and ends");
        }
        if ((replayBy != null || replayOffsets != null) && replay == null) {
            throw new IllegalArgumentException("--by and --offsets go with --replay TOPIC");
        }
        if (replay != null && (replayBy == null || replayBy.isBlank())) {
            throw new IllegalArgumentException("--replay needs --by NAME: who replays is recorded on every record");
        }
        int tools = (demo ? 1 : 0) + (watch ? 1 : 0) + (journey != null ? 1 : 0) + (deadLetters ? 1 : 0)
                + (replay != null ? 1 : 0);
        if (tokenName != null && token == null) {
            throw new IllegalArgumentException("--name goes with --token USER_ID");
        }
        if (token != null && (token.isBlank() || tools > 0)) {
            throw new IllegalArgumentException("--token needs a USER_ID and excludes --demo, --watch, --journey, "
                    + "--dead-letters and --replay: it starts nothing, prints a token and ends");
        }
        if ((deadLetters || replay != null) && tools > 1) {
            throw new IllegalArgumentException("--dead-letters and --replay exclude --demo, --watch, --journey and"
                    + " each other: each starts nothing and ends");
        }
        if (demo && engineWaitTimeout != null && engineWaitTimeout.off()) {
            throw new IllegalArgumentException("--demo needs an engine wait timeout: one of its leads shows the"
                    + " fallback owner taking over");
        }
        if (demo && engineWaitTimeout == null) {
            engineWaitTimeout = DEMO_ENGINE_WAIT_TIMEOUT;
        }
        return new LauncherOptions(demo, watch, journey,
                deadLetters ? (deadLettersTopic == null ? Topics.ALL : List.of(topic(deadLettersTopic, "--dead-letters")))
                        : List.of(),
                replay == null ? null : topic(replay, "--replay"), replayBy,
                replayOffsets == null ? List.of() : PartitionOffset.parseAll(replayOffsets), help, dataDir, kafkaPort, mongoPort, webhookPort, smtpPort,
                httpPortBase, engineWaitTimeout, token, tokenName);
    }

    Map<Service, Integer> servicePorts() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, httpPortBase + service.ordinal());
        }
        return ports;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    private static Topic<?> topic(String name, String option) {
        return Topics.byName(name).orElseThrow(() -> new IllegalArgumentException(option + ": no topic " + name
                + " in the catalog (" + String.join(", ", Topics.ALL.stream().map(Topic::name).toList()) + ")"));
    }

    private static int port(String value, String option) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65534) {
                throw new IllegalArgumentException(option + " must be a port between 1 and 65534, not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a port number, not " + value, e);
        }
    }
}
