package io.leadflow.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NextTurnTest {

    private final Person hannah = new Person("005-hannah", "Hannah Hill");
    private final Person louis = new Person("005-louis", "Louis Lang");
    private final Person mia = new Person("005-mia", "Mia Moss");

    @Test
    void shouldGiveTheTurnToTheMemberWithFewestLeadsTiesInTheRulesOrder() {
        assertThat(NextTurn.roundRobin(List.of(hannah, louis, mia),
                Map.of("005-hannah", 4L, "005-louis", 3L, "005-mia", 3L))).contains(louis);
        assertThat(NextTurn.roundRobin(List.of(hannah, louis), Map.of())).contains(hannah);
    }

    @Test
    void shouldPlaceAMemberAddedMidRoundLevelWithTheNextMemberAfterThemWhoHasATally() {
        // Mia was inserted before Louis, who is still owed his turn: she takes hers first, in order.
        assertThat(NextTurn.roundRobin(List.of(hannah, mia, louis), Map.of("005-hannah", 4L, "005-louis", 3L)))
                .contains(mia);
        // Mia was inserted after everyone served this round: she waits for the next round, like the others.
        assertThat(NextTurn.roundRobin(List.of(hannah, louis, mia), Map.of("005-hannah", 4L, "005-louis", 4L)))
                .contains(hannah);
    }

    @Test
    void shouldHaveNoNextWithoutMembers() {
        assertThat(NextTurn.roundRobin(List.of(), Map.of("005-hannah", 1L))).isEmpty();
    }
}
