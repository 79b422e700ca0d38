package io.leadflow.launcher.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a completed pipeline run measured, and where.
 *
 * @param serviceJvmOptions the options the launcher starts each service's JVM with
 * @param loadBefore the machine's 1-minute load average before the platform started
 * @param loadAfter the same after the last phase
 * @param burst the measured burst (figures 1 and 4)
 * @param burstPerUser leads of the burst per user
 * @param history one measured burst per history level (figure 2)
 * @param lowLoad the paced phase (figure 3)
 * @param memory every JVM's memory (figure 5)
 * @param memoryProblems why some memory figures are missing, if they are
 * @param cpu CPU time each JVM used over the run
 * @param coresInBurst cores each JVM kept busy on average during the burst
 * @param storeBytes the store's file at the end
 * @param leadsInAll every lead the run sent through the pipeline
 * @param raw the raw Kafka loop (figure 6)
 * @param checks what makes the figures count
 */
record PipelineResults(PipelineOptions options, String machine, String jvm, List<String> serviceJvmOptions,
        double loadBefore, double loadAfter, PhaseResult burst, Map<String, Long> burstPerUser,
        List<HistoryLevel> history, PhaseResult lowLoad, List<MemoryWatch.Figures> memory,
        List<String> memoryProblems, Map<String, Duration> cpu, Map<String, Double> coresInBurst, long storeBytes,
        long leadsInAll, RawKafkaLoop.Result raw, List<Check> checks) {

    /** A burst measured after {@code leads} of history. */
    record HistoryLevel(int leads, PhaseResult burst) {
    }
}
