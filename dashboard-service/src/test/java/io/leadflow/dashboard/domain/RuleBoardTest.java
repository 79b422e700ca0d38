package io.leadflow.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBoardTest {

    private static final Person HANNAH = new Person("005-hannah", "Hannah Hill");
    private static final Person LOUIS = new Person("005-louis", "Louis Lang");
    private static final Person MARCUS = new Person("005-marcus", "Marcus Lee");

    private final RuleBoard board = new RuleBoard();

    @Test
    void shouldCountAReassignmentForItsMemberButKeepTheRulesOwnMethodAndMembers() {
        board.assigned(assignment("ROUND_ROBIN", LOUIS, List.of(HANNAH, LOUIS)), true);
        // An offer of the rule expired and a candidate of the reassignment's query acknowledged the next one.
        board.assigned(assignment("ROUND_ROBIN_REASSIGNMENT", MARCUS, List.of(MARCUS, HANNAH)), true);

        assertThat(board.summaries()).containsExactly(new RuleSummary("Offer desk", "ROUND_ROBIN", List.of(
                new RuleSummary.MemberCount(HANNAH, 0), new RuleSummary.MemberCount(LOUIS, 1),
                new RuleSummary.MemberCount(MARCUS, 1))));
    }

    @Test
    void shouldNotKnowTheMethodOfARuleSeenOnlyThroughReassignments() {
        board.assigned(assignment("FINAL_TARGET", MARCUS, List.of()), true);

        assertThat(board.summaries()).containsExactly(new RuleSummary("Offer desk", null, List.of(
                new RuleSummary.MemberCount(MARCUS, 1))));
    }

    private static Assignment assignment(String method, Person owner, List<Person> considered) {
        List<Candidate> candidates = considered.stream().map(person -> new Candidate(person.id(), person.name(),
                person.equals(owner) ? "CHOSEN" : "NOT_NEXT", "")).toList();
        return new Assignment("e-" + method, "00Q-1", "Dana Reyes", "00v-1", owner, method, "why",
                Instant.parse("2026-11-30T10:00:00Z"), 1000, null,
                new Explanation("why", 1L, "Healthcare", "Offer desk", List.of(), candidates));
    }
}
