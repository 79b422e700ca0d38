package io.leadflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaAnalysisTest {

    private final CriteriaAnalysis analysis = new CriteriaAnalysis(ValueSpace.INDEPENDENT);

    @Test
    void shouldProveThatTwoCountriesExcludeEachOther() {
        Condition us = Condition.of("country", Operator.IN, "US");
        Condition de = Condition.of("country", Operator.IN, "DE");

        JointMatch joint = analysis.jointly(Criteria.all(us), Criteria.all(de));

        assertThat(joint.possible()).isFalse();
        assertThat(joint.example()).isEmpty();
        assertThat(joint.conflict()).containsExactly(us, de);
    }

    @Test
    void shouldGiveAnExampleOfALeadMatchingBoth() {
        JointMatch joint = analysis.jointly(
                Criteria.all(Condition.of("country", Operator.IN, "US", "CA"),
                        Condition.of("score", Operator.AT_LEAST, "50")),
                Criteria.all(Condition.of("country", Operator.IN, "us")));

        assertThat(joint.possible()).isTrue();
        assertThat(joint.example()).hasValueSatisfying(example -> assertThat(example.describe())
                .isEqualTo("country in [US, CA] and score at least 50 and country in [us]"));
    }

    @Test
    void shouldFindCriteriaWithoutConditionsCompatibleWithAnySatisfiableCriteria() {
        JointMatch joint = analysis.jointly(new Criteria(null, null, null),
                Criteria.all(Condition.of("country", Operator.IN, "DE")));

        assertThat(joint.possible()).isTrue();
        assertThat(joint.example().orElseThrow().describe()).isEqualTo("country in [DE]");
        assertThat(analysis.jointly().example().orElseThrow().matchesEveryLead()).isTrue();
    }

    @Test
    void shouldCompareNumbersAsRanges() {
        Criteria atLeast50 = Criteria.all(Condition.of("score", Operator.AT_LEAST, "50"));

        assertThat(analysis.jointly(atLeast50, Criteria.all(Condition.of("score", Operator.BETWEEN, "0", "49.5")))
                .possible()).isFalse();
        assertThat(analysis.jointly(atLeast50, Criteria.all(Condition.of("score", Operator.BETWEEN, "40", "50")))
                .possible()).isTrue();
        assertThat(analysis.jointly(atLeast50, Criteria.all(Condition.of("score", Operator.AT_MOST, "49")))
                .possible()).isFalse();
    }

    @Test
    void shouldProveThatOppositeConditionsExcludeEachOther() {
        assertThat(analysis.jointly(Criteria.all(Condition.of("country", Operator.IN, "US")),
                Criteria.all(Condition.of("country", Operator.NOT_IN, "us"))).possible()).isFalse();
        assertThat(analysis.jointly(Criteria.all(Condition.of("email", Operator.PRESENT)),
                Criteria.all(Condition.of("email", Operator.ABSENT))).possible()).isFalse();
        assertThat(analysis.jointly(Criteria.all(Condition.of("country", Operator.IN, "US", "DE")),
                Criteria.all(Condition.of("country", Operator.NOT_IN, "US"))).possible()).isTrue();
    }

    @Test
    void shouldTryEveryAlternativeOfAnOr() {
        Criteria usOrCanada = Criteria.any(Condition.of("country", Operator.IN, "US"),
                Condition.of("country", Operator.IN, "CA"));

        assertThat(analysis.jointly(usOrCanada, Criteria.all(Condition.of("country", Operator.IN, "CA"))).example()
                .orElseThrow().describe()).isEqualTo("country in [CA]");
        assertThat(analysis.jointly(usOrCanada, Criteria.all(Condition.of("country", Operator.IN, "DE"))).possible())
                .isFalse();
    }

    @Test
    void shouldNeedEveryCriteriaAtOnceNotJustEachPair() {
        Criteria usOrDe = Criteria.all(Condition.of("country", Operator.IN, "US", "DE"));
        Criteria deOrFr = Criteria.all(Condition.of("country", Operator.IN, "DE", "FR"));
        Criteria usOrFr = Criteria.all(Condition.of("country", Operator.IN, "US", "FR"));

        assertThat(analysis.jointly(usOrDe, deOrFr).possible()).isTrue();
        assertThat(analysis.jointly(usOrDe, deOrFr, usOrFr).possible()).isFalse();
    }

    @Test
    void shouldLetALeadHaveSeveralTagsButAskTheServiceAboutRelatedValues() {
        Criteria emea = Criteria.all(Condition.of("region", Operator.IN, "EMEA"));
        Criteria na = Criteria.all(Condition.of("region", Operator.IN, "NA"));
        List<String> asked = new ArrayList<>();
        ValueSpace territories = (field, oneOfEach, allOf, noneOf) -> {
            asked.add(field);
            return !oneOfEach.containsAll(List.of(Set.of("emea"), Set.of("na")));
        };

        assertThat(analysis.jointly(Criteria.all(Condition.of("tags", Operator.IN, "vip")),
                Criteria.all(Condition.of("tags", Operator.IN, "partner"))).possible()).isTrue();
        assertThat(analysis.jointly(emea, na).possible()).as("regions that share no place: only a service knows")
                .isTrue();
        assertThat(new CriteriaAnalysis(territories).jointly(emea, na).possible()).isFalse();
        assertThat(asked).as("only multi-valued fields with conditions").containsOnly("region");
    }

    @Test
    void shouldNotClaimCriteriaTooComplexToExpandExcludeEachOther() {
        Criteria many = new Criteria(Match.ALL, List.of(), List.of());
        for (int group = 0; group < 9; group++) {
            many = many.with(Criteria.any(Condition.of("custom.f" + group, Operator.IN, "a"),
                    Condition.of("custom.f" + group, Operator.IN, "b")));
        }

        JointMatch joint = analysis.jointly(many, Criteria.all(Condition.of("country", Operator.IN, "US")));

        assertThat(joint.possible()).isTrue();
        assertThat(joint.example()).isEmpty();
    }
}
