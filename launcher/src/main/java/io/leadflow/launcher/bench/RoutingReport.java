package io.leadflow.launcher.bench;

import io.leadflow.events.AssignmentMethod;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a completed run measured, the checks that make the number worth reading, and where it was measured. */
final class RoutingReport {

    /** The processes whose CPU time the report compares. */
    static final String SERVICE = "assignment-service";
    static final String THIS_JVM = "this JVM";

    private final RoutingOptions options;
    private final BenchPool pool;
    private final Assignments assignments;
    private final CpuTime cpuBefore;
    private final CpuTime cpuAfter;
    private final int leads;
    private final long firstSentAt;
    private final long acknowledgedAt;
    private final long lastReceivedAt;
    private final Latencies latencies;
    private final Map<String, Long> measuredByOwner = new TreeMap<>();
    private final Map<AssignmentMethod, Long> measuredByMethod = new EnumMap<>(AssignmentMethod.class);
    private final Map<String, Long> allByOwner;
    private final long all;

    RoutingReport(RoutingOptions options, BenchPool pool, Activations measured, Assignments assignments,
            CpuTime cpuBefore, CpuTime cpuAfter) {
        this.options = options;
        this.pool = pool;
        this.assignments = assignments;
        this.cpuBefore = cpuBefore;
        this.cpuAfter = cpuAfter;
        this.leads = measured.size();
        this.firstSentAt = measured.firstSentAt();
        this.acknowledgedAt = measured.acknowledgedAt();
        long[] latencies = new long[leads];
        long lastReceived = 0;
        int i = 0;
        for (String responseId : measured.responseIds()) {
            Assignments.Decision decision = assignments.of(responseId);
            latencies[i++] = decision.receivedAtMillis() - measured.sentAt(responseId);
            lastReceived = Math.max(lastReceived, decision.receivedAtMillis());
            measuredByOwner.merge(decision.ownerId(), 1L, Long::sum);
            measuredByMethod.merge(decision.method(), 1L, Long::sum);
        }
        this.latencies = Latencies.of(latencies);
        this.lastReceivedAt = lastReceived;
        this.allByOwner = assignments.leadsByOwner();
        this.all = allByOwner.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Prints the report; true when every check passed. */
    boolean print(PrintStream out) {
        out.println();
        out.println("leadflow routing benchmark: one assignment-service, end to end over the broker");
        out.printf("  command      %s%n", options.commandLine());
        out.printf("  machine      %s%n", Machine.description());
        out.printf("  JVM          %s; assignment-service runs with %s%n", Machine.jvm(),
                String.join(" ", BenchPlatform.SERVICE_JVM_OPTIONS));
        out.println();
        printSpeed(out);
        out.println();
        printDistribution(out);
        out.println();
        return printChecks(out);
    }

    private void printSpeed(PrintStream out) {
        double seconds = (lastReceivedAt - firstSentAt) / 1000.0;
        out.printf("  throughput   %,.0f routing decisions/s%n", leads / seconds);
        out.printf("               %,d leads from the first activation sent to the last lead.assigned read "
                + "in %.2f s%n", leads, seconds);
        out.printf("  latency      p50 %,d ms   p95 %,d ms   p99 %,d ms   max %,d ms%n", latencies.percentile(50),
                latencies.percentile(95), latencies.percentile(99), latencies.max());
        out.printf("               activation sent to lead.assigned read; the broker had all %,d activations "
                + "after %.2f s%n", leads, (acknowledgedAt - firstSentAt) / 1000.0);
        out.printf("  cpu          assignment-service %.2f cores, this JVM (broker, store, clients) %.2f cores%n",
                cpuAfter.coresSince(cpuBefore, SERVICE), cpuAfter.coresSince(cpuBefore, THIS_JVM));
        out.printf("               load average of the machine at the end %.2f (1 min, this run included)%n",
                Machine.loadAverage());
    }

    private void printDistribution(PrintStream out) {
        out.printf("  %s over %d members; the share is of all %,d leads the rule routed, warm-up included%n",
                options.method(), pool.members().size(), all);
        out.printf("    %-14s %6s %10s %10s %10s%n", "member", "weight", "measured", "all", "share");
        for (String member : pool.members()) {
            out.printf("    %-14s %6d %,10d %,10d %,10.1f%n", member, pool.weight(member),
                    measuredByOwner.getOrDefault(member, 0L), allByOwner.getOrDefault(member, 0L),
                    pool.share(member, all));
        }
        allByOwner.keySet().stream().filter(owner -> !pool.members().contains(owner)).forEach(owner ->
                out.printf("    %-14s %6s %,10d %,10d %10s%n", owner, "-", measuredByOwner.getOrDefault(owner, 0L),
                        allByOwner.get(owner), "none"));
    }

    private boolean printChecks(PrintStream out) {
        List<Boolean> checks = new ArrayList<>();
        checks.add(check(out, assignments.assignedAgain() == 0, String.format(
                "no response assigned twice: %d assigned again (%d redelivered copies of the same event)",
                assignments.assignedAgain(), assignments.redelivered())));
        checks.add(check(out, measuredByMethod.keySet().equals(Set.of(options.method())),
                "every measured lead assigned by " + options.method() + ": " + measuredByMethod));
        checks.add(check(out, pool.isFair(allByOwner), "every lead to a member, each within one lead of their share"));
        return !checks.contains(false);
    }

    private static boolean check(PrintStream out, boolean passed, String what) {
        out.printf("  %s  %s%n", passed ? "PASS" : "FAIL", what);
        return passed;
    }
}
