package io.leadflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CriteriaTextTest {

    @Test
    void shouldWriteCriteriaTheWayOperatorsWriteThem() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.IN, "US", "CA"))
                .with(Criteria.any(Condition.of("companySize", Operator.AT_LEAST, "1000"),
                        Condition.of("email", Operator.PRESENT)));

        assertThat(CriteriaText.of(criteria))
                .isEqualTo("country IN [US, CA] AND (companySize AT_LEAST [1000] OR email PRESENT)");
    }

    @Test
    void shouldSayCriteriaWithoutConditionsMatchEveryLead() {
        assertThat(CriteriaText.of(new Criteria(Match.ANY, null, null))).isEqualTo("every lead");
    }
}
