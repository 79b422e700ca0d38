package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineOptionsTest {

    @Test
    void shouldMeasureTheIssuesFiguresByDefault() {
        PipelineOptions options = PipelineOptions.parse();

        assertThat(options).isEqualTo(new PipelineOptions(20_000, 2_000, List.of(0, 50_000, 200_000), 2_000, 100, 30,
                10, 1, 200_000, Duration.ofMinutes(10), false));
        assertThat(options.lowLoadLeads()).isEqualTo(3_000);
        assertThat(options.leadsInAll()).isEqualTo(2_000 + 200_000 + 3 * 2_000 + 20_000 + 3_000);
    }

    @Test
    void shouldTakeEveryOption() {
        PipelineOptions options = PipelineOptions.parse("--leads", "500", "--warmup", "0", "--history", "0,1000",
                "--history-burst", "500", "--low-load-rate", "50", "--low-load-seconds", "10", "--members", "5",
                "--instances", "2", "--raw-records", "300000", "--timeout", "90s");

        assertThat(options).isEqualTo(new PipelineOptions(500, 0, List.of(0, 1_000), 500, 50, 10, 5, 2, 300_000,
                Duration.ofSeconds(90), false));
    }

    @Test
    void shouldPrintACommandThatRepeatsTheRunExactly() {
        PipelineOptions options = PipelineOptions.parse("--leads", "700", "--history", "0,5000");

        assertThat(options.commandLine()).isEqualTo("./bench.sh --mode pipeline --leads 700 --warmup 2000 --history "
                + "0,5000 --history-burst 2000 --low-load-rate 100 --low-load-seconds 30 --members 10 --instances 1 "
                + "--raw-records 200000 --timeout PT10M");
        Bench.Command repeated = Bench.parse(options.commandLine().substring("./bench.sh ".length()).split(" "));
        assertThat(repeated.mode()).isEqualTo(Bench.Mode.PIPELINE);
        assertThat(PipelineOptions.parse(repeated.arguments().toArray(String[]::new))).isEqualTo(options);
    }

    @Test
    void shouldRefuseHistoryLevelsABurstCouldNotFitBetween() {
        assertThatThrownBy(() -> PipelineOptions.parse("--history", "0,1000"))
                .hasMessage("--history levels must be at least --history-burst (2000) apart, since each burst adds "
                        + "to the history: not 0 and 1000");
        assertThatThrownBy(() -> PipelineOptions.parse("--history", "5000,2000"))
                .hasMessage("--history must be ascending, not 5000,2000");
        assertThatThrownBy(() -> PipelineOptions.parse("--history", "0,,4000"))
                .hasMessage("--history must be a whole number, not ");
    }

    @Test
    void shouldRejectWrongOptionsWithAMessageSayingWhich() {
        assertThatThrownBy(() -> PipelineOptions.parse("--leads", "0"))
                .hasMessage("--leads must be at least 1, not 0");
        assertThatThrownBy(() -> PipelineOptions.parse("--raw-records", "1000"))
                .hasMessage("--raw-records must be at least 200000, not 1000");
        assertThatThrownBy(() -> PipelineOptions.parse("--instances", "7"))
                .hasMessage("--instances must be at most 6 (the topics' partitions), not 7");
        assertThatThrownBy(() -> PipelineOptions.parse("--low-load-seconds", "soon"))
                .hasMessage("--low-load-seconds must be a whole number, not soon");
        assertThatThrownBy(() -> PipelineOptions.parse("--timeout", "0s"))
                .hasMessage("--timeout must be positive, not 0s");
        assertThatThrownBy(() -> PipelineOptions.parse("--history")).hasMessageStartingWith("--history needs a value");
        assertThatThrownBy(() -> PipelineOptions.parse("--method", "WEIGHTED"))
                .hasMessageStartingWith("Unknown option --method");
        assertThatThrownBy(() -> PipelineOptions.parse("--history", "0,9999999"))
                .hasMessage("At most 9999999 leads in all, not 10028999");
    }
}
