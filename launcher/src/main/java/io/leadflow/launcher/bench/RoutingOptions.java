package io.leadflow.launcher.bench;

import static io.leadflow.launcher.bench.OptionValues.count;
import static io.leadflow.launcher.bench.OptionValues.value;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.launcher.Durations;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Command-line options of the routing benchmark ({@code --mode assignment}); a wrong one stops it with a message
 * saying which and why.
 *
 * @param leads activations measured
 * @param warmup activations routed before the measurement, not measured
 * @param members users in the benchmark's distribution rule
 * @param method how the rule picks the member
 * @param timeout how long the warm-up, and then the measured run, may take
 */
record RoutingOptions(int leads, int warmup, int members, AssignmentMethod method, Duration timeout, boolean help) {

    static final Set<AssignmentMethod> METHODS =
            EnumSet.of(AssignmentMethod.ROUND_ROBIN, AssignmentMethod.WEIGHTED, AssignmentMethod.LOAD_BALANCED);

    static final String USAGE = """
            Usage: ./bench.sh --mode assignment [options]
            Routing decisions per second of one assignment-service alone (broker and store in this JVM).
              --leads N       activations measured (default: 20000)
              --warmup N      activations routed first and not measured, so the JIT has compiled the hot
                              path (default: 2000; 0 skips the warm-up)
              --members N     users in the distribution rule (default: 10)
              --method M      ROUND_ROBIN, WEIGHTED (the i-th member has weight i) or LOAD_BALANCED
                              (default: ROUND_ROBIN)
              --timeout D     how long the warm-up, and then the measured run, may take, e.g. 90s or 10m
                              (default: 10m)
              --help          this text""";

    static RoutingOptions parse(String... args) {
        int leads = 20_000;
        int warmup = 2_000;
        int members = 10;
        AssignmentMethod method = AssignmentMethod.ROUND_ROBIN;
        Duration timeout = Duration.ofMinutes(10);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--leads" -> leads = count(value(args, ++i, option, USAGE), option, 1);
                case "--warmup" -> warmup = count(value(args, ++i, option, USAGE), option, 0);
                case "--members" -> members = count(value(args, ++i, option, USAGE), option, 1);
                case "--method" -> method = method(value(args, ++i, option, USAGE));
                case "--timeout" -> timeout = Durations.parse(value(args, ++i, option, USAGE), option);
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        return new RoutingOptions(leads, warmup, members, method, timeout, help);
    }

    /** The command that repeats this run, every option spelled out so a changed default cannot change it. */
    String commandLine() {
        return "./bench.sh --mode assignment --leads " + leads + " --warmup " + warmup + " --members " + members
                + " --method " + method + " --timeout " + timeout;
    }

    private static AssignmentMethod method(String value) {
        return METHODS.stream().filter(method -> method.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "--method must be one of " + METHODS + ", not " + value));
    }
}
