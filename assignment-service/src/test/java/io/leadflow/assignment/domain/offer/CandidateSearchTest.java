package io.leadflow.assignment.domain.offer;

import static io.leadflow.assignment.domain.offer.OfferFixtures.ANNA;
import static io.leadflow.assignment.domain.offer.OfferFixtures.BEN;
import static io.leadflow.assignment.domain.offer.OfferFixtures.CARA;
import static io.leadflow.assignment.domain.offer.OfferFixtures.DAN;
import static io.leadflow.assignment.domain.offer.OfferFixtures.MONDAY_MORNING;
import static io.leadflow.assignment.domain.offer.OfferFixtures.ascending;
import static io.leadflow.assignment.domain.offer.OfferFixtures.descending;
import static io.leadflow.assignment.domain.offer.OfferFixtures.everyone;
import static io.leadflow.assignment.domain.offer.OfferFixtures.team;
import static io.leadflow.assignment.domain.offer.OfferFixtures.withAttributes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.leadflow.assignment.domain.routing.Absence;
import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.WorkingHours;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CandidateSearchTest {

    private static List<String> ids(CandidateSearch.Result result) {
        return result.eligible().stream().map(RoutingUser::id).toList();
    }

    private static CandidateSearch.Result search(CandidateQuery query, RoutingConfiguration configuration) {
        return CandidateSearch.search(query, configuration, List.of(), Map.of(), MONDAY_MORNING);
    }

    @Test
    void shouldTakeEveryUserOfTheConfigurationInItsOrderWhenTheQueryNamesNoPool() {
        CandidateSearch.Result found = search(everyone("all"), team(null, List.of(), CARA, ANNA, BEN));

        assertThat(ids(found)).containsExactly("005-cara", "005-anna", "005-ben");
        assertThat(found.excluded()).isEmpty();
    }

    @Test
    void shouldTakeTheQuerysOwnPoolInItsOrderOnceEachAndLeaveOutUnknownUsers() {
        CandidateQuery pool = new CandidateQuery("pool", List.of("005-ben", "005-ghost", "005-anna", "005-ben"),
                null, List.of(), null);

        CandidateSearch.Result found = search(pool, team(null, List.of(), ANNA, BEN, CARA));

        assertThat(ids(found)).containsExactly("005-ben", "005-anna");
        assertThat(found.excluded()).containsExactly(
                new Candidate("005-ghost", null, CandidateVerdict.NOT_ELIGIBLE, "is not in the user directory"));
    }

    @Test
    void shouldLeaveOutWhoWasOfferedTheLeadAlready() {
        CandidateSearch.Result found = CandidateSearch.search(everyone("all"), team(null, List.of(), ANNA, BEN),
                List.of("005-anna"), Map.of(), MONDAY_MORNING);

        assertThat(ids(found)).containsExactly("005-ben");
        assertThat(found.excluded()).containsExactly(new Candidate("005-anna", "Anna Adams",
                CandidateVerdict.ALREADY_OFFERED, "was offered this lead already"));
    }

    @Test
    void shouldLeaveOutWhomTheFilterDoesNotMatchWithTheEvaluatorsReason() {
        CandidateQuery gold = new CandidateQuery("gold", List.of(),
                Criteria.all(Condition.of("tier", Operator.IN, "Gold")), List.of(), null);

        CandidateSearch.Result found = search(gold, team(null, List.of(), ANNA, BEN, DAN));

        assertThat(ids(found)).containsExactly("005-anna");
        assertThat(found.excluded()).containsExactly(
                new Candidate("005-ben", "Ben Brooks", CandidateVerdict.FILTERED_OUT,
                        "does not match: tier Silver is not in [Gold]"),
                new Candidate("005-dan", "Dan Diaz", CandidateVerdict.FILTERED_OUT,
                        "does not match: tier is missing, so it is not in [Gold]"));
    }

    @Test
    void shouldFilterOnRatingTagsAndCustomAttributes() {
        RoutingUser manager = new RoutingUser("005-eve", "Eve Evans", null, null, false, List.of(), 4.0, null,
                List.of("lead-manager"), Map.of("language", "de"));
        RoutingUser other = new RoutingUser("005-fay", "Fay Fox", null, null, false, List.of(), 4.0, null,
                List.of(), Map.of("language", "de"));
        CandidateQuery query = new CandidateQuery("german managers", List.of(), Criteria.all(
                Condition.of("rating", Operator.AT_LEAST, "4"), Condition.of("tags", Operator.IN, "lead-manager"),
                Condition.of("custom.language", Operator.IN, "de")), List.of(), null);

        CandidateSearch.Result found = search(query, team(null, List.of(), manager, other, BEN));

        assertThat(ids(found)).containsExactly("005-eve");
        assertThat(found.excluded()).extracting(Candidate::userId, Candidate::verdict).containsExactly(
                tuple("005-fay", CandidateVerdict.FILTERED_OUT),
                tuple("005-ben", CandidateVerdict.FILTERED_OUT));
    }

    @Test
    void shouldLeaveOutPausedAbsentAndOffDutyUsersWithWhy() {
        RoutingUser paused = new RoutingUser("005-pia", "Pia Park", null, null, true, List.of());
        RoutingUser away = new RoutingUser("005-oli", "Oli Ott", null, null, false,
                List.of(new Absence(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))));
        RoutingUser asleep = new RoutingUser("005-nia", "Nia Noor", "America/Los_Angeles",
                new WorkingHours(List.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)), false,
                List.of());

        CandidateSearch.Result found = search(everyone("all"), team(null, List.of(), paused, away, asleep, ANNA));

        assertThat(ids(found)).containsExactly("005-anna");
        assertThat(found.excluded()).containsExactly(
                new Candidate("005-pia", "Pia Park", CandidateVerdict.PAUSED, "is paused"),
                new Candidate("005-oli", "Oli Ott", CandidateVerdict.OUT_OF_OFFICE, "is out of office until 2026-11-27"),
                new Candidate("005-nia", "Nia Noor", CandidateVerdict.OUTSIDE_WORKING_HOURS,
                        "is outside working hours Mon 09:00-17:00 America/Los_Angeles (it is MON 01:00 there)"));
    }

    @Test
    void shouldLeaveOutUsersAtTheirMaximumOfOpenLeadsButNotBelowIt() {
        CandidateQuery capped = new CandidateQuery("capped", List.of(), null, List.of(), 2);

        CandidateSearch.Result found = CandidateSearch.search(capped, team(null, List.of(), ANNA, BEN, CARA),
                List.of(), Map.of("005-anna", 2L, "005-ben", 1L), MONDAY_MORNING);

        assertThat(ids(found)).containsExactly("005-ben", "005-cara");
        assertThat(found.excluded()).containsExactly(new Candidate("005-anna", "Anna Adams", CandidateVerdict.FULL,
                "has 2 open leads (the query allows fewer than 2)"));
    }

    @Test
    void shouldSortByRatingHighestFirstWithUnratedUsersLast() {
        CandidateSearch.Result found = search(everyone("best", descending("rating")),
                team(null, List.of(), DAN, BEN, ANNA, CARA));

        assertThat(ids(found)).containsExactly("005-cara", "005-anna", "005-ben", "005-dan");
    }

    @Test
    void shouldSortUnratedUsersLastInAscendingOrderToo() {
        CandidateSearch.Result found = search(everyone("worst", ascending("rating")),
                team(null, List.of(), DAN, BEN, ANNA, CARA));

        assertThat(ids(found)).containsExactly("005-ben", "005-anna", "005-cara", "005-dan");
    }

    @Test
    void shouldBreakTiesOnTheFirstKeyWithTheNextKey() {
        RoutingUser zoe = OfferFixtures.rated("005-zoe", "zoe Zane", 4.5, "Gold");
        CandidateSearch.Result found = CandidateSearch.search(
                everyone("least loaded of the best", descending("rating"), ascending("openLeads"), ascending("name")),
                team(null, List.of(), zoe, ANNA, BEN, OfferFixtures.rated("005-abe", "Abe Ames", 4.5, null)),
                List.of(), Map.of("005-zoe", 1L, "005-anna", 1L, "005-abe", 3L), MONDAY_MORNING);

        assertThat(ids(found)).containsExactly("005-anna", "005-zoe", "005-abe", "005-ben");
    }

    @Test
    void shouldSortANumericCustomAttributeAsANumberAndTextAfterNumbers() {
        CandidateSearch.Result found = search(everyone("by quota", ascending("custom.quota")),
                team(null, List.of(),
                        withAttributes("005-u1", "U One", Map.of("quota", "10")),
                        withAttributes("005-u2", "U Two", Map.of("quota", "9")),
                        withAttributes("005-u3", "U Three", Map.of("quota", "n/a")),
                        withAttributes("005-u4", "U Four", Map.of()),
                        withAttributes("005-u5", "U Five", Map.of("quota", " 9.5 "))));

        assertThat(ids(found)).containsExactly("005-u2", "005-u5", "005-u1", "005-u3", "005-u4");
    }

    @Test
    void shouldSortATextCustomAttributeIgnoringCase() {
        CandidateSearch.Result found = search(everyone("by city", ascending("custom.city")),
                team(null, List.of(),
                        withAttributes("005-u1", "U One", Map.of("city", "paris")),
                        withAttributes("005-u2", "U Two", Map.of("city", "Berlin")),
                        withAttributes("005-u3", "U Three", Map.of("city", "Lyon"))));

        assertThat(ids(found)).containsExactly("005-u2", "005-u3", "005-u1");
    }

    @Test
    void shouldKeepThePoolOrderForUsersThatTie() {
        CandidateQuery pool = new CandidateQuery("pool", List.of("005-cara", "005-ben", "005-anna"), null,
                List.of(descending("openLeads")), null);

        CandidateSearch.Result found = search(pool, team(null, List.of(), ANNA, BEN, CARA));

        assertThat(ids(found)).containsExactly("005-cara", "005-ben", "005-anna");
    }
}
