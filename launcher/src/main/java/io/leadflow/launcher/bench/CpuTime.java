package io.leadflow.launcher.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time each process of the benchmark (the services' JVMs, and this JVM, which runs the broker, the store and
 * the benchmark's clients) had used at one moment: which of them was busy tells who set the pace.
 */
record CpuTime(Map<String, Duration> used, long atNanos) {

    static CpuTime of(Map<String, ProcessHandle> processes) {
        Map<String, Duration> used = new LinkedHashMap<>();
        processes.forEach((name, process) ->
                used.put(name, process.info().totalCpuDuration().orElse(Duration.ZERO)));
        return new CpuTime(used, System.nanoTime());
    }

    /** CPU time the process used since {@code earlier}. */
    Duration usedSince(CpuTime earlier, String process) {
        return used.get(process).minus(earlier.used.get(process));
    }

    /** Cores the process kept busy on average since {@code earlier}. */
    double coresSince(CpuTime earlier, String process) {
        return (double) usedSince(earlier, process).toNanos() / (atNanos - earlier.atNanos);
    }
}
