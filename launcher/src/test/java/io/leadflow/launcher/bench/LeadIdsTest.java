package io.leadflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadIdsTest {

    @Test
    void shouldNumberLeadsWithIdsOfOneLength() {
        assertThat(LeadIds.leadId(42)).isEqualTo("00Q-bench-0000042");
        assertThat(LeadIds.responseId(42)).isEqualTo("00v-bench-0000042");
        assertThat(LeadIds.leadId(9_999_999)).hasSameSizeAs(LeadIds.leadId(0));
    }

    @Test
    void shouldReadTheNumberBackAndRecogniseLeadsItDidNotMakeUp() {
        assertThat(LeadIds.number(LeadIds.leadId(123_456))).isEqualTo(123_456);
        assertThat(LeadIds.number("00Q-42")).isEqualTo(-1);
        assertThat(LeadIds.number("00Q-bench-00000x2")).isEqualTo(-1);
        assertThat(LeadIds.number("00v-bench-0000042")).isEqualTo(-1);
    }
}
