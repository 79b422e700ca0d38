package io.leadflow.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoundTest {

    @Test
    void shouldKeyAFirstActivationByTheResponseIdAsAssignmentsAlwaysWere() {
        assertThat(Round.firstActivation("event-1").assignmentId("00v-1")).isEqualTo("00v-1");
        assertThat(new Round(null, null, true, null, null).assignmentId("00v-1")).isEqualTo("00v-1");
        assertThat(new Round("event-1", ActivationKind.UNKNOWN, true, null, null).assignmentId("00v-1"))
                .isEqualTo("00v-1");
    }

    @Test
    void shouldKeyEachReactivationByItsActivationSoThatOnlyItsRedeliveriesShareIt() {
        String first = Round.reactivation("event-2", "score-jump", "decision-2").assignmentId("00v-1");
        String redelivered = Round.reactivation("event-2", "score-jump", "decision-2").withoutNotification()
                .assignmentId("00v-1");
        String second = Round.reactivation("event-3", "score-jump", "decision-3").assignmentId("00v-1");
        String otherResponse = Round.reactivation("event-2", "score-jump", "decision-2").assignmentId("00v-2");

        assertThat(first).isEqualTo(redelivered).isNotEqualTo("00v-1");
        assertThat(second).isNotIn(first, "00v-1");
        assertThat(otherResponse).isNotIn(first, second);
    }

    @Test
    void shouldRefuseAReactivationWithoutTheEventIdThatNamesItsRound() {
        assertThatThrownBy(() -> Round.reactivation(" ", "score-jump", "decision-2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadAnUnrecordedKindAsUnknown() {
        assertThat(new Round(null, null, true, null, null).kind()).isEqualTo(ActivationKind.UNKNOWN);
    }
}
