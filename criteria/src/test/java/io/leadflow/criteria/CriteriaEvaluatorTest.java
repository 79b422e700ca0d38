package io.leadflow.criteria;

import static io.leadflow.criteria.Leads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.criteria.CriteriaEvaluator.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriteriaEvaluatorTest {

    private final LeadProfile lead = aLead().build();

    @Test
    void shouldMatchEveryLeadWithoutConditions() {
        assertThat(CriteriaEvaluator.evaluate(new Criteria(null, null, null), lead))
                .isEqualTo(new Outcome(true, "it matches every lead"));
    }

    @Test
    void shouldExplainAMatchingAndByAllItsConditions() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.IN, "us", "CA"),
                Condition.of("companySize", Operator.AT_LEAST, "1000"));

        assertThat(CriteriaEvaluator.evaluate(criteria, lead)).isEqualTo(new Outcome(true,
                "country US is in [us, CA] and companySize 1200 is at least 1000"));
    }

    @Test
    void shouldExplainAFailingAndByItsFirstFailingCondition() {
        Criteria criteria = Criteria.all(Condition.of("companySize", Operator.BETWEEN, "100", "999"),
                Condition.of("country", Operator.IN, "DE"));

        assertThat(CriteriaEvaluator.evaluate(criteria, lead)).isEqualTo(new Outcome(false,
                "companySize 1200 is not between 100 and 999"));
    }

    @Test
    void shouldExplainAMatchingOrByItsFirstMatchingCondition() {
        Criteria criteria = Criteria.any(Condition.of("country", Operator.IN, "DE"),
                Condition.of("tags", Operator.IN, "strategic"), Condition.of("score", Operator.AT_LEAST, "50"));

        assertThat(CriteriaEvaluator.evaluate(criteria, lead)).isEqualTo(new Outcome(true,
                "tags [strategic, emea-event] is in [strategic]"));
    }

    @Test
    void shouldEvaluateNestedGroups() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.IN, "US"))
                .with(Criteria.any(Condition.of("companySize", Operator.AT_LEAST, "5000"),
                        Condition.of("company", Operator.MATCHES, "*bank*")));

        assertThat(CriteriaEvaluator.evaluate(criteria, lead)).isEqualTo(new Outcome(true,
                "country US is in [US] and (company Acme Bank is matching *bank*)"));
    }

    @Test
    void shouldSayAMissingAttributeIsMissing() {
        LeadProfile withoutIndustry = aLead().industry(null).build();

        assertThat(CriteriaEvaluator.evaluate(Condition.of("industry", Operator.IN, "Banking"), withoutIndustry))
                .isEqualTo(new Outcome(false, "industry is missing, so it is not in [Banking]"));
        assertThat(CriteriaEvaluator.evaluate(Condition.of("industry", Operator.NOT_IN, "Retail"), withoutIndustry))
                .isEqualTo(new Outcome(true, "industry is missing"));
        assertThat(CriteriaEvaluator.evaluate(Condition.of("industry", Operator.ABSENT), withoutIndustry).matched())
                .isTrue();
        assertThat(CriteriaEvaluator.evaluate(Condition.of("email", Operator.PRESENT), withoutIndustry))
                .isEqualTo(new Outcome(true, "email is present (dana@Acme.example)"));
    }

    @Test
    void shouldCompareCustomAttributesAsNumbersWhenTheConditionIsNumeric() {
        assertThat(CriteriaEvaluator.evaluate(Condition.of("custom.seats", Operator.BETWEEN, "100", "500"), lead))
                .isEqualTo(new Outcome(true, "custom.seats 250 is between 100 and 500"));
        assertThat(CriteriaEvaluator.evaluate(Condition.of("custom.segment", Operator.AT_LEAST, "1"), lead).matched())
                .as("not a number").isFalse();
    }

    @Test
    void shouldRequireEveryValueOfContainsAll() {
        assertThat(CriteriaEvaluator.evaluate(Condition.of("tags", Operator.CONTAINS_ALL, "STRATEGIC", "emea-event"),
                lead)).isEqualTo(new Outcome(true,
                        "tags [strategic, emea-event] contain all of [STRATEGIC, emea-event]"));
        assertThat(CriteriaEvaluator.evaluate(Condition.of("tags", Operator.CONTAINS_ALL, "strategic", "vip"), lead)
                .matched()).isFalse();
    }

    @Test
    void shouldAskTheServiceForTheFieldsOnlyItKnows() {
        LeadFacts withRegions = field -> field.equals("region") ? List.of("NA", "West") : lead.valuesOf(field);

        assertThat(CriteriaEvaluator.evaluate(Criteria.all(Condition.of("region", Operator.CONTAINS_ALL, "na", "WEST")),
                withRegions).matched()).isTrue();
        assertThat(CriteriaEvaluator.evaluate(Criteria.all(Condition.of("region", Operator.IN, "EMEA")), withRegions))
                .isEqualTo(new Outcome(false, "region [NA, West] is not in [EMEA]"));
    }
}
