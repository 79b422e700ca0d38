package io.leadflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    private final Condition us = Condition.of("country", Operator.IN, "US");
    private final Condition big = Condition.of("companySize", Operator.AT_LEAST, "1000");
    private final Condition vip = Condition.of("tags", Operator.IN, "vip");

    @Test
    void shouldExpandNestedGroupsIntoAlternatives() {
        Criteria criteria = Criteria.all(us).with(Criteria.any(big, vip));

        assertThat(Alternatives.of(criteria).orElseThrow()).extracting(Conjunction::conditions)
                .containsExactly(List.of(us, big), List.of(us, vip));
    }

    @Test
    void shouldMatchEveryLeadWithoutConditions() {
        assertThat(Alternatives.of(new Criteria(null, null, null)).orElseThrow())
                .singleElement().satisfies(alternative -> assertThat(alternative.matchesEveryLead()).isTrue());
    }

    @Test
    void shouldTellWhenOneAlternativeImpliesAnother() {
        Conjunction usAndBig = Alternatives.of(Criteria.all(us, Condition.of("companySize", Operator.BETWEEN,
                "2000", "5000"))).orElseThrow().get(0);
        Conjunction northAmericaAndBig = Alternatives.of(Criteria.all(Condition.of("country", Operator.IN, "us", "CA"),
                big)).orElseThrow().get(0);

        assertThat(usAndBig.implies(northAmericaAndBig)).isTrue();
        assertThat(northAmericaAndBig.implies(usAndBig)).isFalse();
    }

    @Test
    void shouldNameTheConditionsThatContradictEachOther() {
        Condition small = Condition.of("companySize", Operator.AT_MOST, "100");
        Conjunction impossible = Alternatives.of(Criteria.all(us, big, small)).orElseThrow().get(0);

        assertThat(impossible.contradiction(ValueSpace.INDEPENDENT)).contains(List.of(big, small));
        assertThat(Conjunction.describe(List.of(big, small)))
                .isEqualTo("companySize at least 1000 and companySize at most 100");
    }
}
