package io.leadflow.launcher.bench;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.launcher.ServiceProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How fast the whole of leadflow is on this machine, as the launcher runs it: qualifying responses go in on
 * {@code response.created}, and plain consumers time each lead's {@code response.activated}, {@code lead.assigned}
 * and {@code notification.sent}. In one run: a raw Kafka loop on the same broker to compare with, a warm-up, a
 * burst after each level of history, the big burst, and a paced low-load phase; then memory, CPU and the store's
 * size. A benchmark, not a test: run it with {@code ./bench.sh}; it still fails (exit code 1) when a lead is lost,
 * doubled or misrouted, so a fast wrong number is not mistaken for a result.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkMain.main(args, PipelineOptions::parse, PipelineOptions::help, PipelineOptions.USAGE, PipelineBenchmark::run);
    }

    private static boolean run(PipelineOptions options) {
        BenchPool pool = BenchPool.of(AssignmentMethod.ROUND_ROBIN, options.members());
        LeadLedger ledger = new LeadLedger((int) options.leadsInAll(), pool.members());
        double loadBefore = Machine.loadAverage();
        Phases.say("starting the embedded platform (" + options.instances() + " instance(s) of each service) in a "
                + "temporary directory");
        try (PipelinePlatform platform = PipelinePlatform.start(options.instances());
                MemoryWatch memory = MemoryWatch.start(platform.processes());
                PipelineReaders readers = PipelineReaders.start(platform.kafkaBootstrapServers(), ledger);
                ResponseTraffic traffic = new ResponseTraffic(platform.kafkaBootstrapServers(), ledger)) {
            try {
                return measure(options, pool, ledger, platform, memory, readers, traffic, loadBefore);
            } catch (Phases.TimedOut e) {
                System.err.println("Timed out: " + e.getMessage());
                printLogTails(platform.services());
                return false;
            }
        }
    }

    private static boolean measure(PipelineOptions options, BenchPool pool, LeadLedger ledger,
            PipelinePlatform platform, MemoryWatch memory, PipelineReaders readers, ResponseTraffic traffic,
            double loadBefore) {
        Phases.say("routing configuration " + RoutingApi.configure(platform.assignmentServiceUrl(), pool,
                platform.accessKeys().bearer(RoutingApi.CALLER)) + " saved: "
                + "every activation round robin over " + options.members() + " users");
        Phases.say("raw Kafka loop: " + String.format("%,d", options.rawRecords()) + " records");
        RawKafkaLoop.Result raw = RawKafkaLoop.run(platform.kafkaBootstrapServers(), options.rawRecords(),
                ResponseTraffic.keyBytes(), ResponseTraffic.valueBytes(), options.timeout());
        Phases.say(String.format("raw Kafka loop: %,.0f records/s", raw.recordsPerSecond()));

        Map<String, ProcessHandle> processes = platform.processes();
        CpuTime start = CpuTime.of(processes);
        Phases phases = new Phases(traffic, ledger, readers, pool, options.timeout());
        phases.unmeasured("warm-up", options.warmup());
        List<PipelineResults.HistoryLevel> history = new ArrayList<>();
        for (int level : options.history()) {
            phases.unmeasured("history up to " + String.format("%,d", level),
                    options.warmup() + level - phases.handled());
            PhaseResult burst = phases.burst("burst after " + String.format("%,d", level) + " leads of history",
                    options.historyBurst());
            history.add(new PipelineResults.HistoryLevel(level, burst));
            say(burst);
        }

        int burstFrom = phases.handled();
        CpuTime beforeBurst = CpuTime.of(processes);
        PhaseResult burst = phases.burst("the burst", options.leads());
        CpuTime afterBurst = CpuTime.of(processes);
        say(burst);
        Map<String, Long> burstPerUser = perUser(pool, ledger.leadsPerOwner(burstFrom, phases.handled()));

        PhaseResult lowLoad = phases.paced("low load", options.lowLoadLeads(), options.lowLoadRate());
        CpuTime end = CpuTime.of(processes);

        List<Check> checks = new ArrayList<>(ledger.integrity(phases.handled()).checks(options.members()));
        checks.add(new Check(phases.unfairAfter().isEmpty(), "after every phase, the leads routed so far within one "
                + "lead of each user's exact share" + (phases.unfairAfter().isEmpty() ? ""
                        : ": not after " + phases.unfairAfter())));
        checks.add(burstSplit(burstFrom, options, burstPerUser));
        checks.add(new Check(platform.webhooks() >= phases.handled(), String.format(
                "the webhook inbox received every notification: %,d webhooks for %,d leads", platform.webhooks(),
                phases.handled())));

        return new PipelineReport(new PipelineResults(options, Machine.description(), Machine.jvm(),
                ServiceProcess.JVM_OPTIONS, loadBefore, Machine.loadAverage(), burst, burstPerUser,
                history, lowLoad, memory.figures(), memory.problems(), cpuUsed(start, end, processes),
                coresDuring(beforeBurst, afterBurst, processes), platform.storeBytes(), phases.handled(), raw,
                checks)).print(System.out);
    }

    /**
     * Round robin hands out turns over the rule's whole history: the burst is split exactly evenly when the leads
     * before it and the burst itself are whole rounds; otherwise the fairness check after every phase covers it.
     */
    private static Check burstSplit(int before, PipelineOptions options, Map<String, Long> perUser) {
        if (before % options.members() != 0 || options.leads() % options.members() != 0) {
            return new Check(true, "the burst's split is covered by the check after every phase ("
                    + String.format("%,d", before) + " leads before it, " + options.leads() + " in it: not whole "
                    + "rounds of " + options.members() + ")");
        }
        long each = options.leads() / options.members();
        return new Check(perUser.size() == options.members() && perUser.values().stream().allMatch(n -> n == each),
                String.format("the burst split exactly: %,d to each of the %d users", each, options.members()));
    }

    /** Every user of the rule, those without a lead too; anyone else who got leads under their own key. */
    private static Map<String, Long> perUser(BenchPool pool, Map<String, Long> leadsPerOwner) {
        Map<String, Long> perUser = new LinkedHashMap<>();
        pool.members().forEach(member -> perUser.put(member, leadsPerOwner.getOrDefault(member, 0L)));
        leadsPerOwner.forEach(perUser::putIfAbsent);
        return perUser;
    }

    private static Map<String, Duration> cpuUsed(CpuTime from, CpuTime to, Map<String, ProcessHandle> processes) {
        Map<String, Duration> used = new LinkedHashMap<>();
        processes.keySet().forEach(process -> used.put(process, to.usedSince(from, process)));
        return used;
    }

    private static Map<String, Double> coresDuring(CpuTime from, CpuTime to, Map<String, ProcessHandle> processes) {
        Map<String, Double> cores = new LinkedHashMap<>();
        processes.keySet().forEach(process -> cores.put(process, to.coresSince(from, process)));
        return cores;
    }

    private static void say(PhaseResult phase) {
        Phases.say(String.format("%,d leads in %.2f s: %,.0f leads/s, p99 created -> assigned %,.0f ms",
                phase.leads(), phase.seconds(), phase.leadsPerSecond(),
                phase.createdToAssigned().percentile(99) / 1e6));
    }

    private static void printLogTails(List<ServiceProcess> services) {
        for (ServiceProcess service : services) {
            System.err.println("--- the end of " + service.name() + "'s log:");
            System.err.println(service.logTail());
        }
    }
}
