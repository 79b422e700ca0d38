package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchTest {

    @Test
    void shouldMeasureThePipelineUnlessToldOtherwise() {
        Bench.Command command = Bench.parse("--leads", "500");

        assertThat(command.mode()).isEqualTo(Bench.Mode.PIPELINE);
        assertThat(command.arguments()).containsExactly("--leads", "500");
    }

    @Test
    void shouldTakeTheModeOutAndLeaveEveryOtherOptionToTheBenchmark() {
        Bench.Command command = Bench.parse("--leads", "500", "--mode", "assignment", "--method", "WEIGHTED");

        assertThat(command.mode()).isEqualTo(Bench.Mode.ASSIGNMENT);
        assertThat(command.arguments()).containsExactly("--leads", "500", "--method", "WEIGHTED");
        assertThat(Bench.parse("--mode", "PIPELINE").mode()).isEqualTo(Bench.Mode.PIPELINE);
    }

    @Test
    void shouldRejectAnUnknownMode() {
        assertThatThrownBy(() -> Bench.parse("--mode", "notification"))
                .hasMessage("--mode must be pipeline or assignment, not notification");
        assertThatThrownBy(() -> Bench.parse("--mode")).hasMessageStartingWith("--mode needs a value");
    }
}
