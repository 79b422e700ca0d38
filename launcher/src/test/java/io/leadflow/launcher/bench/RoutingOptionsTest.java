package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.events.AssignmentMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoutingOptionsTest {

    @Test
    void shouldMeasureTwentyThousandRoundRobinLeadsOverTenMembersByDefault() {
        RoutingOptions options = RoutingOptions.parse();

        assertThat(options).isEqualTo(new RoutingOptions(20_000, 2_000, 10, AssignmentMethod.ROUND_ROBIN,
                Duration.ofMinutes(10), false));
    }

    @Test
    void shouldTakeEveryOption() {
        RoutingOptions options = RoutingOptions.parse("--leads", "5000", "--warmup", "0", "--members", "3",
                "--method", "weighted", "--timeout", "90s");

        assertThat(options).isEqualTo(new RoutingOptions(5_000, 0, 3, AssignmentMethod.WEIGHTED,
                Duration.ofSeconds(90), false));
    }

    @Test
    void shouldPrintACommandThatRepeatsTheRunExactly() {
        RoutingOptions options = RoutingOptions.parse("--method", "LOAD_BALANCED", "--leads", "700");

        assertThat(options.commandLine())
                .isEqualTo("./bench.sh --mode assignment --leads 700 --warmup 2000 --members 10 --method LOAD_BALANCED"
                        + " --timeout PT10M");
        String[] repeated = options.commandLine().substring("./bench.sh --mode assignment ".length()).split(" ");
        assertThat(RoutingOptions.parse(repeated)).isEqualTo(options);
    }

    @Test
    void shouldRejectWrongOptionsWithAMessageSayingWhich() {
        assertThatThrownBy(() -> RoutingOptions.parse("--leads", "0"))
                .hasMessage("--leads must be at least 1, not 0");
        assertThatThrownBy(() -> RoutingOptions.parse("--warmup", "-1"))
                .hasMessage("--warmup must be at least 0, not -1");
        assertThatThrownBy(() -> RoutingOptions.parse("--members", "ten"))
                .hasMessage("--members must be a whole number, not ten");
        assertThatThrownBy(() -> RoutingOptions.parse("--method", "HOPPER"))
                .hasMessage("--method must be one of [ROUND_ROBIN, WEIGHTED, LOAD_BALANCED], not HOPPER");
        assertThatThrownBy(() -> RoutingOptions.parse("--timeout", "soon"))
                .hasMessageStartingWith("--timeout must be a duration such as 20s");
        assertThatThrownBy(() -> RoutingOptions.parse("--leads")).hasMessageStartingWith("--leads needs a value");
        assertThatThrownBy(() -> RoutingOptions.parse("--threads", "4"))
                .hasMessageStartingWith("Unknown option --threads");
    }
}
