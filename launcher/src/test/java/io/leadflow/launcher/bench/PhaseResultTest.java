package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseResultTest {

    private static final long MS = 1_000_000;

    @Test
    void shouldTimeThePhaseFromTheFirstSendToTheLastAssignment() {
        LeadTimes times = new LeadTimes(
                new long[] {0, 100 * MS, 200 * MS, 300 * MS},
                new long[] {50 * MS, 160 * MS, 240 * MS, 1_000 * MS},
                new long[] {60 * MS, 180 * MS, 250 * MS, 2_000 * MS},
                new long[] {70 * MS, 190 * MS, 2_500 * MS, 2_100 * MS});

        PhaseResult phase = PhaseResult.of(times);

        assertThat(phase.leads()).isEqualTo(4);
        assertThat(phase.seconds()).isEqualTo(2.0);
        assertThat(phase.leadsPerSecond()).isEqualTo(2.0);
        assertThat(phase.createdToAssigned().percentile(50)).isEqualTo(60 * MS);
        assertThat(phase.createdToAssigned().max()).isEqualTo(1_700 * MS);
        assertThat(phase.activatedToAssigned().percentile(50)).isEqualTo(10 * MS);
        assertThat(phase.activatedToAssigned().max()).isEqualTo(1_000 * MS);
        assertThat(phase.notificationLagNanos()).isEqualTo(500 * MS);
    }
}
