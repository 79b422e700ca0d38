package io.leadflow.launcher.bench;

import static io.leadflow.launcher.bench.OptionValues.count;
import static io.leadflow.launcher.bench.OptionValues.value;

import io.leadflow.launcher.Durations;
import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Command-line options of the pipeline benchmark (the default mode); a wrong one stops it with a message saying
 * which and why.
 *
 * @param leads leads of the measured burst (figures 1 and 4)
 * @param warmup leads pushed through first and not measured, so no figure is of code the JIT has not compiled
 * @param history leads handled (after the warm-up) before each measured history burst, ascending (figure 2)
 * @param historyBurst leads of each history burst
 * @param lowLoadRate leads per second of the low-load phase (figure 3)
 * @param lowLoadSeconds how long the low-load phase sends
 * @param members users in the round-robin distribution rule
 * @param instances instances of each service
 * @param rawRecords records through the raw Kafka loop (figure 6)
 * @param timeout how long each phase may take
 */
record PipelineOptions(int leads, int warmup, List<Integer> history, int historyBurst, int lowLoadRate,
        int lowLoadSeconds, int members, int instances, int rawRecords, Duration timeout, boolean help) {

    /** Fewer, and the raw loop's own warm-up (connections, JIT of the clients) would weigh on its rate. */
    static final int MIN_RAW_RECORDS = 200_000;

    /** The benchmark's lead ids have seven digits. */
    static final int MAX_LEADS_IN_ALL = 9_999_999;

    static final String USAGE = """
            Usage: ./bench.sh [--mode pipeline|assignment] [options]
            The whole pipeline on the embedded default (response.created -> response.activated -> lead.assigned ->
            notification.sent, all four services), with a raw Kafka loop on the same broker to compare with.
            ./bench.sh --mode assignment --help lists the options of the single-service routing benchmark.
              --leads N             leads of the measured burst (default: 20000)
              --warmup N            leads pushed through first, not measured (default: 2000; 0 skips it)
              --history L1,L2,...   leads handled (after the warm-up) before each measured history burst,
                                    ascending and at least --history-burst apart; what the bursts do not
                                    add is pushed through the pipeline unmeasured (default: 0,50000,200000)
              --history-burst N     leads of each history burst (default: 2000)
              --low-load-rate N     leads per second of the low-load phase (default: 100)
              --low-load-seconds N  how long the low-load phase sends (default: 30)
              --members N           users in the round-robin distribution rule (default: 10)
              --instances N         instances of each service, 1 to 6 (default: 1)
              --raw-records N       records through the raw Kafka loop, at least 200000 (default: 200000)
              --timeout D           how long each phase may take, e.g. 90s or 10m (default: 10m)
              --help                this text""";

    static PipelineOptions parse(String... args) {
        int leads = 20_000;
        int warmup = 2_000;
        List<Integer> history = List.of(0, 50_000, 200_000);
        int historyBurst = 2_000;
        int lowLoadRate = 100;
        int lowLoadSeconds = 30;
        int members = 10;
        int instances = 1;
        int rawRecords = MIN_RAW_RECORDS;
        Duration timeout = Duration.ofMinutes(10);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--leads" -> leads = count(value(args, ++i, option, USAGE), option, 1);
                case "--warmup" -> warmup = count(value(args, ++i, option, USAGE), option, 0);
                case "--history" -> history = history(value(args, ++i, option, USAGE));
                case "--history-burst" -> historyBurst = count(value(args, ++i, option, USAGE), option, 1);
                case "--low-load-rate" -> lowLoadRate = count(value(args, ++i, option, USAGE), option, 1);
                case "--low-load-seconds" -> lowLoadSeconds = count(value(args, ++i, option, USAGE), option, 1);
                case "--members" -> members = count(value(args, ++i, option, USAGE), option, 1);
                case "--instances" -> instances = instances(value(args, ++i, option, USAGE));
                case "--raw-records" -> rawRecords = count(value(args, ++i, option, USAGE), option, MIN_RAW_RECORDS);
                case "--timeout" -> timeout = Durations.parse(value(args, ++i, option, USAGE), option);
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + option + "\n" + USAGE);
            }
        }
        PipelineOptions options = new PipelineOptions(leads, warmup, history, historyBurst, lowLoadRate,
                lowLoadSeconds, members, instances, rawRecords, timeout, help);
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i) - history.get(i - 1) < historyBurst) {
                throw new IllegalArgumentException("--history levels must be at least --history-burst (" + historyBurst
                        + ") apart, since each burst adds to the history: not " + history.get(i - 1) + " and "
                        + history.get(i));
            }
        }
        if (options.leadsInAll() > MAX_LEADS_IN_ALL) {
            throw new IllegalArgumentException("At most " + MAX_LEADS_IN_ALL + " leads in all, not "
                    + options.leadsInAll());
        }
        return options;
    }

    /** The leads of the low-load phase. */
    int lowLoadLeads() {
        return lowLoadRate * lowLoadSeconds;
    }

    /** Every lead the run sends: warm-up, history, history bursts, the burst and the low-load phase. */
    long leadsInAll() {
        return (long) warmup + history.get(history.size() - 1) + (long) history.size() * historyBurst + leads
                + lowLoadLeads();
    }

    /** The command that repeats this run, every option spelled out so a changed default cannot change it. */
    String commandLine() {
        return "./bench.sh --mode pipeline --leads " + leads + " --warmup " + warmup + " --history "
                + history.stream().map(String::valueOf).collect(Collectors.joining(",")) + " --history-burst "
                + historyBurst + " --low-load-rate " + lowLoadRate + " --low-load-seconds " + lowLoadSeconds
                + " --members " + members + " --instances " + instances + " --raw-records " + rawRecords
                + " --timeout " + timeout;
    }

    private static List<Integer> history(String value) {
        List<Integer> levels = new ArrayList<>();
        for (String level : value.split(",", -1)) {
            int leads = count(level.trim(), "--history", 0);
            if (!levels.isEmpty() && leads <= levels.get(levels.size() - 1)) {
                throw new IllegalArgumentException("--history must be ascending, not " + value);
            }
            levels.add(leads);
        }
        return List.copyOf(levels);
    }

    /** More instances than partitions would leave the extra ones idle. */
    private static int instances(String value) {
        int instances = count(value, "--instances", 1);
        if (instances > Topics.PARTITIONS) {
            throw new IllegalArgumentException("--instances must be at most " + Topics.PARTITIONS
                    + " (the topics' partitions), not " + value);
        }
        return instances;
    }
}
