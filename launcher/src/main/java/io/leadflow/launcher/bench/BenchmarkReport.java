package io.leadflow.launcher.bench;

import io.leadflow.events.AssignmentMethod;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a completed run measured, the checks that make the number worth reading, and where it was measured. */
final class BenchmarkReport {

    private final BenchmarkOptions options;
    private final BenchPool pool;
    private final Activations measured;
    private final Assignments assignments;

    BenchmarkReport(BenchmarkOptions options, BenchPool pool, Activations measured, Assignments assignments) {
        this.options = options;
        this.pool = pool;
        this.measured = measured;
        this.assignments = assignments;
    }

    /** Prints the report; true when every check passed. */
    boolean print(PrintStream out) {
        long firstSent = measured.firstSentAt();
        long[] latencies = new long[measured.size()];
        long lastReceived = 0;
        Map<String, Long> measuredByOwner = new TreeMap<>();
        Map<AssignmentMethod, Long> byMethod = new EnumMap<>(AssignmentMethod.class);
        int i = 0;
        for (String responseId : measured.responseIds()) {
            Assignments.Decision decision = assignments.of(responseId);
            latencies[i++] = decision.receivedAtMillis() - measured.sentAt(responseId);
            lastReceived = Math.max(lastReceived, decision.receivedAtMillis());
            measuredByOwner.merge(decision.ownerId(), 1L, Long::sum);
            byMethod.merge(decision.method(), 1L, Long::sum);
        }
        Arrays.sort(latencies);
        double seconds = (lastReceived - firstSent) / 1000.0;
        Map<String, Long> allByOwner = assignments.leadsByOwner();
        long all = allByOwner.values().stream().mapToLong(Long::longValue).sum();

        out.println();
        out.println("leadflow routing benchmark: one assignment-service, end to end over the broker");
        out.printf("  command      %s%n", options.commandLine());
        out.printf("  machine      %s%n", machine());
        out.printf("  JVM          %s %s; assignment-service %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), String.join(" ", BenchPlatform.SERVICE_JVM_OPTIONS));
        out.println();
        out.printf("  throughput   %,.0f routing decisions/s   (%,d leads from the first activation sent to the "
                + "last lead.assigned read in %.2f s)%n", measured.size() / seconds, measured.size(), seconds);
        out.printf("  publishing   %,d activations acknowledged by the broker in %.2f s%n", measured.size(),
                (measured.acknowledgedAt() - firstSent) / 1000.0);
        out.printf("  latency      p50 %,d ms   p95 %,d ms   p99 %,d ms   max %,d ms   (activation sent to "
                + "lead.assigned read)%n", percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), latencies[latencies.length - 1]);
        out.println();
        out.printf("  %s over %d members%s; leads per member, measured and all %,d routed by the rule "
                + "(warm-up included):%n", options.method(), pool.members().size(),
                options.method() == AssignmentMethod.WEIGHTED ? " (weights 1.." + pool.members().size() + ")" : "",
                all);
        for (String member : pool.members()) {
            out.printf("    %s  weight %2d  %,8d  %,8d  (share %,.1f)%n", member, pool.weight(member),
                    measuredByOwner.getOrDefault(member, 0L), allByOwner.getOrDefault(member, 0L),
                    pool.share(member, all));
        }
        allByOwner.keySet().stream().filter(owner -> !pool.members().contains(owner)).forEach(owner ->
                out.printf("    %s  not a member  %,8d  %,8d%n", owner, measuredByOwner.getOrDefault(owner, 0L),
                        allByOwner.get(owner)));
        out.println();
        List<Boolean> checks = new ArrayList<>();
        checks.add(check(out, assignments.assignedAgain() == 0, String.format(
                "no response assigned twice: %d assigned again (%d redelivered copies of the same event)",
                assignments.assignedAgain(), assignments.redelivered())));
        checks.add(check(out, byMethod.keySet().equals(Set.of(options.method())),
                "every measured lead assigned by " + options.method() + ": " + byMethod));
        checks.add(check(out, pool.isFair(allByOwner), "every lead to a member, each within one lead of their share"));
        return !checks.contains(false);
    }

    private static boolean check(PrintStream out, boolean passed, String what) {
        out.printf("  %s  %s%n", passed ? "PASS" : "FAIL", what);
        return passed;
    }

    /** Nearest rank: the smallest latency at least {@code p} percent of the leads did not exceed. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores" + cpuModel().map(model -> " (" + model + ")")
                .orElse("") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }

    private static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim());
        } catch (IOException | UncheckedIOException notLinux) {
            return Optional.empty();
        }
    }
}
