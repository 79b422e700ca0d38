package io.leadflow.launcher.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The one table a pipeline run ends with: the six figures of the issue side by side with their targets, where
 * they were measured, and the checks that make them worth reading. Targets say how far the platform is; only the
 * checks decide the exit code.
 */
final class PipelineReport {

    /** The targets. */
    static final double TARGET_LEADS_PER_SECOND = 5_000;
    static final double FLOOR_LEADS_PER_SECOND = 1_000;
    static final double MAX_HISTORY_DEVIATION_PERCENT = 20;
    static final double MAX_P99_ACTIVATED_TO_ASSIGNED_MILLIS = 50;
    static final double MAX_P99_CREATED_TO_ASSIGNED_MILLIS = 100;
    static final double MAX_NOTIFICATION_LAG_SECONDS = 10;

    private static final String ROW = "  %-2s %-56s %-34s %-20s %s";
    private static final String MEMORY_ROW = "       %-40s %10s %10s %10s %10s %8s %7s%n";
    private static final double NANOS_PER_MILLI = 1e6;
    private static final double MIB = 1024 * 1024;

    private final PipelineResults results;

    PipelineReport(PipelineResults results) {
        this.results = results;
    }

    /** Prints the report; true when every check passed. */
    boolean print(PrintStream out) {
        PipelineOptions options = results.options();
        out.println();
        out.println("leadflow pipeline benchmark: response.created -> response.activated -> lead.assigned -> "
                + "notification.sent");
        out.printf("  command    %s%n", options.commandLine());
        out.printf("  machine    %s; load average %.2f before, %.2f after (1 min, this run included)%n",
                results.machine(), results.loadBefore(), results.loadAfter());
        out.printf("  platform   the embedded default: Kafka (KRaft) and mongo-java-server (journaled memory) in this JVM; %d "
                + "instance%s of each%n", options.instances(), options.instances() == 1 ? "" : "s");
        out.printf("             service as a child JVM with the launcher's options: %s%n",
                String.join(" ", results.serviceJvmOptions()));
        out.printf("  JVM        %s%n", results.jvm());
        out.printf("  traffic    round robin over %d users; %,d leads in all, a %,d-lead warm-up first%n",
                options.members(), results.leadsInAll(), options.warmup());
        out.println();
        row(out, "", "figure", "measured", "target", "");
        printThroughput(out);
        printHistory(out);
        printLowLoad(out);
        printNotifications(out);
        printMemory(out);
        printRawLoop(out);
        out.println();
        return printChecks(out);
    }

    private void printThroughput(PrintStream out) {
        PhaseResult burst = results.burst();
        double rate = burst.leadsPerSecond();
        row(out, "1", String.format("throughput of a %,d-lead burst, created -> assigned", burst.leads()),
                String.format("%,.0f leads/s", rate),
                String.format("%,.0f (floor %,.0f)", TARGET_LEADS_PER_SECOND, FLOOR_LEADS_PER_SECOND),
                rate >= TARGET_LEADS_PER_SECOND ? "met" : rate >= FLOOR_LEADS_PER_SECOND ? "floor met" : "missed");
        row(out, "", "  first response sent to last lead.assigned read", String.format("%.2f s",
                burst.seconds()), "", "");
        row(out, "", "  latency created -> assigned, p50 / p99", String.format("%,.0f / %,.0f ms",
                millis(burst.createdToAssigned().percentile(50)), millis(burst.createdToAssigned().percentile(99))),
                "", "");
        row(out, "", "  leads per user", perUser(results.burstPerUser()), "", "");
    }

    private void printHistory(PrintStream out) {
        List<PipelineResults.HistoryLevel> levels = results.history();
        PhaseResult first = levels.get(0).burst();
        double worst = 0;
        for (int i = 0; i < levels.size(); i++) {
            PipelineResults.HistoryLevel level = levels.get(i);
            PhaseResult burst = level.burst();
            double rateChange = deviation(burst.leadsPerSecond(), first.leadsPerSecond());
            double p99Change = deviation(burst.createdToAssigned().percentile(99),
                    first.createdToAssigned().percentile(99));
            worst = Math.max(worst, Math.max(Math.abs(rateChange), Math.abs(p99Change)));
            String figure = i == 0
                    ? String.format("%,d-lead burst after %,d leads of history", burst.leads(), level.leads())
                    : String.format("  after %,d", level.leads());
            String measured = String.format("%,.0f leads/s, p99 %,.0f ms", burst.leadsPerSecond(),
                    millis(burst.createdToAssigned().percentile(99)));
            String change = i == 0 ? "" : String.format("%+.1f%%, %+.1f%%", rateChange, p99Change);
            row(out, i == 0 ? "2" : "", figure, measured, change, "");
        }
        if (levels.size() > 1) {
            row(out, "", "  largest change from the first, throughput or p99", String.format("%.1f%%", worst),
                    String.format("within %.0f%%", MAX_HISTORY_DEVIATION_PERCENT),
                    worst <= MAX_HISTORY_DEVIATION_PERCENT ? "met" : "missed");
        }
    }

    private void printLowLoad(PrintStream out) {
        PhaseResult low = results.lowLoad();
        PipelineOptions options = results.options();
        row(out, "3", String.format("latency at %d leads/s for %d s (%,d leads)", options.lowLoadRate(),
                options.lowLoadSeconds(), low.leads()), "", "", "");
        row(out, "", "  p99 activated -> assigned", latency(low.activatedToAssigned()),
                String.format("%.0f ms", MAX_P99_ACTIVATED_TO_ASSIGNED_MILLIS),
                verdict(millis(low.activatedToAssigned().percentile(99)) <= MAX_P99_ACTIVATED_TO_ASSIGNED_MILLIS));
        row(out, "", "  p99 created -> assigned", latency(low.createdToAssigned()),
                String.format("%.0f ms", MAX_P99_CREATED_TO_ASSIGNED_MILLIS),
                verdict(millis(low.createdToAssigned().percentile(99)) <= MAX_P99_CREATED_TO_ASSIGNED_MILLIS));
        row(out, "", "  kept up: leads assigned per second, of those offered", String.format(
                "%,.0f of %d", low.leadsPerSecond(), options.lowLoadRate()), "", "");
    }

    private void printNotifications(PrintStream out) {
        double lag = results.burst().notificationLagNanos() / 1e9;
        row(out, "4", "notification lag after the burst's last lead.assigned",
                String.format("%.2f s", lag), String.format("%.0f s", MAX_NOTIFICATION_LAG_SECONDS),
                verdict(lag <= MAX_NOTIFICATION_LAG_SECONDS));
    }

    private void printMemory(PrintStream out) {
        row(out, "5", "memory and CPU of each JVM", "", "reported", "");
        out.printf(MEMORY_ROW, "", "peak heap", "live heap", "max heap", "peak RSS", "CPU s", "cores");
        for (MemoryWatch.Figures jvm : results.memory()) {
            out.printf(MEMORY_ROW, jvm.process(), mib(jvm.peakHeap()), mib(jvm.liveHeap()), mib(jvm.maxHeap()),
                    mib(jvm.peakRss()), String.format("%.1f", results.cpu().get(jvm.process()).toMillis() / 1000.0),
                    String.format("%.2f", results.coresInBurst().get(jvm.process())));
        }
        out.println("       peaks over the run; live heap: the most still in use after a collection (n/a: none "
                + "happened);");
        out.println("       CPU s: from the warm-up to the end; cores: kept busy on average during the burst");
        results.memoryProblems().forEach(problem -> out.println("       " + problem));
        row(out, "", String.format("  store on disk after %,d leads: %.1f MiB", results.leadsInAll(),
                        results.storeBytes() / MIB),
                String.format("%.1f MiB per 10,000 leads", results.storeBytes() / MIB * 10_000 / results.leadsInAll()),
                "reported", "");
    }

    private void printRawLoop(PrintStream out) {
        RawKafkaLoop.Result raw = results.raw();
        double ratio = results.burst().leadsPerSecond() / raw.recordsPerSecond();
        row(out, "6", "raw Kafka consume -> produce loop on the same broker",
                String.format("%,.0f records/s", raw.recordsPerSecond()), "reported", "");
        row(out, "", String.format("  %,d records of %d bytes, a response.created's size", raw.records(),
                raw.recordBytes()), "", "", "");
        row(out, "", "  leadflow's burst throughput as a share of it", String.format("%.3f (%.1f%%)", ratio,
                ratio * 100), "", "");
    }

    private boolean printChecks(PrintStream out) {
        boolean passed = true;
        for (Check check : results.checks()) {
            out.printf("  %s  %s%n", check.passed() ? "PASS" : "FAIL", check.description());
            passed &= check.passed();
        }
        out.println("  (targets are met or missed for information; only a FAIL makes the run exit 1)");
        return passed;
    }

    /** One line of the table: figure, measured, target, verdict; no padding after the last column filled. */
    private static void row(PrintStream out, String number, String figure, String measured, String target,
            String verdict) {
        out.println(String.format(ROW, number, figure, measured, target, verdict).stripTrailing());
    }

    /** Change from {@code first} in percent. */
    static double deviation(double value, double first) {
        return (value - first) / first * 100;
    }

    /** {@code 2,000 each} when all got the same, every user's count otherwise. */
    static String perUser(Map<String, Long> leads) {
        if (leads.values().stream().distinct().count() == 1) {
            return String.format("%,d each", leads.values().iterator().next());
        }
        return leads.toString();
    }

    private static String latency(Latencies latencies) {
        return String.format("%,.1f ms (p50 %,.1f)", millis(latencies.percentile(99)),
                millis(latencies.percentile(50)));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "missed";
    }

    private static double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }

    private static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? String.format("%.0f MiB", bytes.getAsLong() / MIB) : "n/a";
    }
}
