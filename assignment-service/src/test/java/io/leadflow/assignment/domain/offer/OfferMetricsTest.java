package io.leadflow.assignment.domain.offer;

import static io.leadflow.assignment.domain.offer.OfferFixtures.MONDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.InMemoryAssignments;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OfferMetricsTest {

    private static final Owner ANNA = new Owner("005-anna", OwnerKind.USER, "Anna Adams");
    private static final Owner BEN = new Owner("005-ben", OwnerKind.USER, "Ben Brooks");
    private static final Instant FROM = MONDAY_MORNING;
    private static final Instant TO = MONDAY_MORNING.plus(Duration.ofHours(1));

    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final OfferMetrics metrics = new OfferMetrics(assignments);

    private static Offer offer(String id, Owner candidate, String query, Instant offeredAt) {
        return Offer.open(id, candidate, 0, OfferKind.ROUTING, AssignmentMethod.ROUND_ROBIN, query, offeredAt,
                offeredAt.plus(Duration.ofMinutes(15)));
    }

    private void store(String assignmentId, String distributionRule, Offer... offers) {
        assignments.insert(Assignment.restore().assignmentId(assignmentId).responseId(assignmentId)
                .leadId("00Q-" + assignmentId).activatedAt(FROM).state(AssignmentState.OFFERED)
                .explanation(new RoutingExplanation("offered", 1L, null, distributionRule, List.of(), List.of()))
                .offers(List.of(offers)).updatedAt(FROM).build());
    }

    private static List<Duration> minutes(int... values) {
        return IntStream.of(values).mapToObj(Duration::ofMinutes).toList();
    }

    @Test
    void shouldCountOffersByOutcomeAndRateThemAgainstOffersMade() {
        store("a1", "SDRs", offer("o1", ANNA, null, FROM).acknowledged(FROM.plusSeconds(60)),
                offer("o2", BEN, null, FROM).takenBy(ANNA, FROM.plusSeconds(60)));
        store("a2", "SDRs", offer("o3", BEN, null, FROM).expired(FROM.plusSeconds(900)),
                offer("o4", ANNA, "best", FROM.plusSeconds(900)).acknowledged(FROM.plusSeconds(1080)));
        store("a3", "SDRs", offer("o5", ANNA, null, FROM).withdrawn(FROM.plusSeconds(5), "reassigned by ops"),
                offer("o6", BEN, null, FROM.plusSeconds(10)), offer("o7", BEN, null, FROM.plusSeconds(10))
                        .expired(FROM.plusSeconds(910)), offer("o8", ANNA, null, FROM.plusSeconds(20)));

        OfferMetrics.Report report = metrics.report(FROM, TO, null);

        assertThat(report.overall()).isEqualTo(new OfferMetrics.Figures(null, 8, 2, 2, 1, 1, 2, 0.25, 0.25,
                Duration.ofMinutes(1), Duration.ofMinutes(3)));
        assertThat(report.groups()).isEmpty();
        assertThat(report.truncated()).isFalse();
    }

    @Test
    void shouldLeaveRatesAndTimesOutWhenNoOfferWasMadeOrAcknowledged() {
        store("a1", "SDRs", offer("o1", ANNA, null, FROM).expired(FROM.plusSeconds(900)));

        assertThat(metrics.report(TO, TO.plusSeconds(3600), null).overall())
                .isEqualTo(new OfferMetrics.Figures(null, 0, 0, 0, 0, 0, 0, null, null, null, null));
        assertThat(metrics.report(FROM, TO, null).overall())
                .isEqualTo(new OfferMetrics.Figures(null, 1, 0, 1, 0, 0, 0, 0.0, 1.0, null, null));
    }

    @Test
    void shouldTakeTheOnlyTimeAsEveryPercentile() {
        assertThat(OfferMetrics.percentile(minutes(4), 50)).isEqualTo(Duration.ofMinutes(4));
        assertThat(OfferMetrics.percentile(minutes(4), 90)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void shouldTakeTheNearestRankOfTwoTimes() {
        assertThat(OfferMetrics.percentile(minutes(1, 3), 50)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OfferMetrics.percentile(minutes(1, 3), 90)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void shouldTakeTheNearestRankOfTenTimes() {
        List<Duration> ten = minutes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        assertThat(OfferMetrics.percentile(ten, 50)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OfferMetrics.percentile(ten, 90)).isEqualTo(Duration.ofMinutes(9));
        assertThat(OfferMetrics.percentile(ten, 100)).isEqualTo(Duration.ofMinutes(10));
        assertThat(OfferMetrics.percentile(List.of(), 50)).isNull();
    }

    @Test
    void shouldGroupByCandidate() {
        store("a1", "SDRs", offer("o1", ANNA, null, FROM).acknowledged(FROM.plusSeconds(60)),
                offer("o2", BEN, null, FROM).takenBy(ANNA, FROM.plusSeconds(60)));

        OfferMetrics.Report report = metrics.report(FROM, TO, OfferMetrics.Grouping.USER);

        assertThat(report.groups()).extracting(OfferMetrics.Figures::key, OfferMetrics.Figures::made,
                OfferMetrics.Figures::acknowledged, OfferMetrics.Figures::taken)
                .containsExactly(tuple("005-anna", 1L, 1L, 0L), tuple("005-ben", 1L, 0L, 1L));
    }

    @Test
    void shouldGroupOffersWithoutADistributionRuleUnderNone() {
        store("a1", "SDRs", offer("o1", ANNA, null, FROM));
        store("a2", null, offer("o2", BEN, null, FROM), offer("o3", ANNA, null, FROM));

        OfferMetrics.Report report = metrics.report(FROM, TO, OfferMetrics.Grouping.DISTRIBUTION_RULE);

        assertThat(report.groups()).extracting(OfferMetrics.Figures::key, OfferMetrics.Figures::made)
                .containsExactly(tuple("(none)", 2L), tuple("SDRs", 1L));
    }

    @Test
    void shouldGroupRoutingsOwnOffersUnderNoneByCandidateQuery() {
        store("a1", "SDRs", offer("o1", ANNA, null, FROM).expired(FROM.plusSeconds(900)),
                offer("o2", BEN, "best", FROM.plusSeconds(900)), offer("o3", ANNA, "best", FROM.plusSeconds(900)));

        OfferMetrics.Report report = metrics.report(FROM, TO, OfferMetrics.Grouping.CANDIDATE_QUERY);

        assertThat(report.groups()).extracting(OfferMetrics.Figures::key, OfferMetrics.Figures::made)
                .containsExactly(tuple("(none)", 1L), tuple("best", 2L));
    }

    @Test
    void shouldCountOffersMadeFromTheWindowsStartUpToButNotAtItsEnd() {
        store("a1", "SDRs", offer("before", ANNA, null, FROM.minusMillis(1)), offer("first", ANNA, null, FROM),
                offer("last", BEN, null, TO.minusMillis(1)), offer("after", BEN, null, TO));

        OfferMetrics.Report report = metrics.report(FROM, TO, OfferMetrics.Grouping.USER);

        assertThat(report.overall().made()).isEqualTo(2);
        assertThat(report.groups()).extracting(OfferMetrics.Figures::key, OfferMetrics.Figures::made)
                .containsExactly(tuple("005-anna", 1L), tuple("005-ben", 1L));
        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
    }
}
