package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void shouldTakeTheNearestRankSoAPercentileIsAlwaysAMeasuredValue() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }

        Latencies latencies = Latencies.of(hundred);

        assertThat(latencies.percentile(50)).isEqualTo(50);
        assertThat(latencies.percentile(99)).isEqualTo(99);
        assertThat(latencies.percentile(99.5)).isEqualTo(100);
        assertThat(latencies.max()).isEqualTo(100);
    }

    @Test
    void shouldGiveTheOnlyValueOfASingleLeadForEveryPercentile() {
        Latencies latencies = Latencies.of(new long[] {42});

        assertThat(latencies.percentile(1)).isEqualTo(42);
        assertThat(latencies.percentile(99)).isEqualTo(42);
    }

    @Test
    void shouldLeaveTheCallersValuesAsTheyWere() {
        long[] values = {3, 1, 2};

        Latencies.of(values);

        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void shouldRefuseARunWithoutLatencies() {
        assertThatThrownBy(() -> Latencies.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
