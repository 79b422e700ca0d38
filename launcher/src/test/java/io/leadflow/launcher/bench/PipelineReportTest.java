package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PipelineReportTest {

    private static final long MS = 1_000_000;
    private static final long MIB = 1024 * 1024;

    private final PipelineOptions options = PipelineOptions.parse("--leads", "20000", "--history", "0,50000");

    @Test
    void shouldSetEachFigureAgainstItsTarget() {
        String report = print(results(List.of(new Check(true, "every lead once"))));

        assertThat(report)
                .contains("command    ./bench.sh --mode pipeline --leads 20000 --warmup 2000 --history 0,50000")
                .containsPattern("1  throughput of a 20,000-lead burst, created -> assigned +2,000 leads/s +5,000 "
                        + "\\(floor 1,000\\) +floor met")
                .containsPattern("leads per user +2,000 each")
                .containsPattern("2  2,000-lead burst after 0 leads of history +1,000 leads/s, p99 1,000 ms")
                .containsPattern("after 50,000 +900 leads/s, p99 1,250 ms +-10.0%, \\+25.0%")
                .containsPattern("largest change from the first, throughput or p99 +25.0% +within 20% +missed")
                .containsPattern("3  latency at 100 leads/s for 30 s \\(3,000 leads\\)")
                .containsPattern("p99 activated -> assigned +40.0 ms \\(p50 10.0\\) +50 ms +met")
                .containsPattern("p99 created -> assigned +120.0 ms \\(p50 30.0\\) +100 ms +missed")
                .containsPattern("kept up: leads assigned per second, of those offered +100 of 100")
                .containsPattern("4  notification lag after the burst's last lead.assigned +1.50 s +10 s +met")
                .containsPattern("assignment-service +300 MiB +100 MiB +384 MiB +500 MiB +12.5 +0.75")
                .containsPattern("reactivation-service +20 MiB +n/a +384 MiB +250 MiB +0.3 +0.01")
                .containsPattern("store on disk after 200,000 leads: 400.0 MiB +20.0 MiB per 10,000 leads")
                .containsPattern("6  raw Kafka consume -> produce loop on the same broker +40,000 records/s")
                .containsPattern("200,000 records of 335 bytes, a response.created's size")
                .containsPattern("leadflow's burst throughput as a share of it +0.050 \\(5.0%\\)")
                .contains("  PASS  every lead once");
    }

    @Test
    void shouldPassOnlyWhenEveryCheckPassedWhateverTheTargets() {
        assertThat(new PipelineReport(results(List.of(new Check(true, "a")))).print(silent())).isTrue();
        assertThat(new PipelineReport(results(List.of(new Check(true, "a"), new Check(false, "b")))).print(silent()))
                .isFalse();
        assertThat(print(results(List.of(new Check(false, "b"))))).contains("  FAIL  b");
    }

    @Test
    void shouldListEveryUsersCountWhenTheSplitIsUneven() {
        assertThat(PipelineReport.perUser(Map.of("005-bench-01", 2L, "005-bench-02", 2L))).isEqualTo("2 each");
        assertThat(PipelineReport.perUser(new LinkedHashMap<>(Map.of("005-bench-01", 3L))))
                .isEqualTo("3 each");
        Map<String, Long> uneven = new LinkedHashMap<>();
        uneven.put("005-bench-01", 3L);
        uneven.put("005-bench-02", 1L);
        assertThat(PipelineReport.perUser(uneven)).isEqualTo("{005-bench-01=3, 005-bench-02=1}");
    }

    private PipelineResults results(List<Check> checks) {
        Map<String, Long> perUser = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            perUser.put(String.format("005-bench-%02d", i), 2_000L);
        }
        Map<String, Duration> cpu = new LinkedHashMap<>();
        cpu.put("assignment-service", Duration.ofMillis(12_500));
        cpu.put("reactivation-service", Duration.ofMillis(300));
        Map<String, Double> cores = new LinkedHashMap<>();
        cores.put("assignment-service", 0.75);
        cores.put("reactivation-service", 0.01);
        return new PipelineResults(options, "2 cores", "OpenJDK 17", List.of("-Xmx384m"), 0.5, 1.5,
                phase(20_000, 10.0, 1_000, 5_000, 1_500), perUser,
                List.of(new PipelineResults.HistoryLevel(0, phase(2_000, 2.0, 1_000, 900, 0)),
                        new PipelineResults.HistoryLevel(50_000, phase(2_000, 2_000 / 900.0, 1_250, 900, 0))),
                lowLoad(),
                List.of(new MemoryWatch.Figures("assignment-service", OptionalLong.of(300 * MIB),
                                OptionalLong.of(100 * MIB), OptionalLong.of(384 * MIB), OptionalLong.of(500 * MIB)),
                        new MemoryWatch.Figures("reactivation-service", OptionalLong.of(20 * MIB),
                                OptionalLong.empty(), OptionalLong.of(384 * MIB), OptionalLong.of(250 * MIB))),
                List.of(), cpu, cores, 400 * MIB, 200_000, new RawKafkaLoop.Result(200_000, 335, 5.0), checks);
    }

    /** A phase whose created -> assigned latencies are all {@code p99Millis}, but the first. */
    private static PhaseResult phase(int leads, double seconds, long p99Millis, long firstMillis, long lagMillis) {
        long[] latencies = new long[leads];
        Arrays.fill(latencies, p99Millis * MS);
        latencies[0] = firstMillis * MS;
        return new PhaseResult(leads, seconds, Latencies.of(latencies), Latencies.of(new long[] {MS}),
                lagMillis * MS);
    }

    private static PhaseResult lowLoad() {
        long[] activatedToAssigned = new long[100];
        long[] createdToAssigned = new long[100];
        for (int i = 0; i < 100; i++) {
            activatedToAssigned[i] = (i < 98 ? 10 : 40) * MS;
            createdToAssigned[i] = (i < 98 ? 30 : 120) * MS;
        }
        return new PhaseResult(3_000, 30.0, Latencies.of(createdToAssigned), Latencies.of(activatedToAssigned), 0);
    }

    private static String print(PipelineResults results) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PipelineReport(results).print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream silent() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
