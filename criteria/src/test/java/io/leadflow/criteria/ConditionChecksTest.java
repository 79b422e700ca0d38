package io.leadflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionChecksTest {

    private static final String PATH = "rules[0].criteria";
    private static final String RULE = "Rule 'EMEA'";

    /** What the checks reported. */
    record Found(String path, String message) {
    }

    /** A service without regions whose countries are two-letter codes. */
    private static final FieldVocabulary NO_REGIONS = new FieldVocabulary() {

        @Override
        public boolean offers(LeadField field) {
            return field != LeadField.REGION;
        }

        @Override
        public String refusal(String subject, LeadField field) {
            return subject + " tests " + field.fieldName() + ", which this service cannot know; test country instead.";
        }

        @Override
        public Optional<String> valueProblem(String subject, String field, Operator operator, String value) {
            return field.equals("country") && value.trim().length() != 2
                    ? Optional.of(subject + " tests country '" + value + "', which is no country code; use e.g. US.")
                    : Optional.empty();
        }
    };

    @Test
    void shouldAcceptConditionsThatMeanWhatTheySay() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.IN, "US", "CA"),
                Condition.of("companySize", Operator.BETWEEN, "100", "999"),
                Condition.of("custom.seats", Operator.AT_LEAST, "10"),
                Condition.of("tags", Operator.CONTAINS_ALL, "vip"),
                Condition.of("email", Operator.PRESENT))
                .with(Criteria.any(Condition.of("region", Operator.IN, "EMEA")));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownFieldNamingTheFieldsTheServiceOffers() {
        Criteria criteria = Criteria.all(Condition.of("colour", Operator.IN, "red"));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).containsExactly(new Found(
                "rules[0].criteria.conditions[0].field", "Rule 'EMEA' tests the unknown field 'colour'; use one of"
                        + " companySize, score, country, state, region, company, industry, tags, title, status, email,"
                        + " emailDomain, campaignId or custom.<name>."));
        assertThat(check(NO_REGIONS, criteria)).containsExactly(new Found(
                "rules[0].criteria.conditions[0].field", "Rule 'EMEA' tests the unknown field 'colour'; use one of"
                        + " companySize, score, country, state, company, industry, tags, title, status, email,"
                        + " emailDomain, campaignId or custom.<name>."));
    }

    @Test
    void shouldRefuseAFieldTheServiceDoesNotOfferWithItsReason() {
        Criteria criteria = Criteria.all(Condition.of("region", Operator.IN, "EMEA"));

        assertThat(check(NO_REGIONS, criteria)).containsExactly(new Found("rules[0].criteria.conditions[0].field",
                "Rule 'EMEA' tests region, which this service cannot know; test country instead."));
    }

    @Test
    void shouldReportTheServicesOwnValueProblemsAtTheValue() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.IN, "US", "Germany"));

        assertThat(check(NO_REGIONS, criteria)).containsExactly(new Found("rules[0].criteria.conditions[0].values[1]",
                "Rule 'EMEA' tests country 'Germany', which is no country code; use e.g. US."));
    }

    @Test
    void shouldRefuseAConditionWithoutFieldOrOperator() {
        Criteria criteria = Criteria.all(new Condition(null, Operator.IN, List.of("x")),
                new Condition("country", null, List.of("US")));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).containsExactly(
                new Found("rules[0].criteria.conditions[0].field", "Rule 'EMEA' has a condition without a field; use"
                        + " one of companySize, score, country, state, region, company, industry, tags, title, status,"
                        + " email, emailDomain, campaignId or custom.<name>."),
                new Found("rules[0].criteria.conditions[1].operator", "Rule 'EMEA' has a condition on country without"
                        + " an operator; use one of IN, NOT_IN, BETWEEN, AT_LEAST, AT_MOST, MATCHES, CONTAINS_ALL,"
                        + " PRESENT, ABSENT."));
    }

    @Test
    void shouldRefuseTheWrongNumberOfValues() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.IN),
                Condition.of("companySize", Operator.BETWEEN, "100"),
                Condition.of("score", Operator.AT_MOST, "10", "20"),
                Condition.of("email", Operator.ABSENT, "x"));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).containsExactly(
                new Found("rules[0].criteria.conditions[0].values",
                        "Rule 'EMEA' tests country IN without values; give at least one value."),
                new Found("rules[0].criteria.conditions[1].values", "Rule 'EMEA' tests companySize BETWEEN with one"
                        + " value; give exactly two, the minimum and the maximum."),
                new Found("rules[0].criteria.conditions[2].values",
                        "Rule 'EMEA' tests score AT_MOST with 2 values; give exactly one."),
                new Found("rules[0].criteria.conditions[3].values",
                        "Rule 'EMEA' tests email ABSENT with values, but ABSENT takes none; remove them."));
    }

    @Test
    void shouldRefuseNumbersThatAreNotAndRangesThatAreEmpty() {
        Criteria criteria = Criteria.all(Condition.of("score", Operator.AT_LEAST, "high"),
                Condition.of("companySize", Operator.BETWEEN, "999", "100"));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).containsExactly(
                new Found("rules[0].criteria.conditions[0].values[0]", "Rule 'EMEA' tests score AT_LEAST 'high',"
                        + " which is not a number; give a number such as 1000."),
                new Found("rules[0].criteria.conditions[1].values", "Rule 'EMEA' tests companySize BETWEEN 999 and"
                        + " 100, but the minimum is above the maximum, so no lead matches; put the minimum first."));
    }

    @Test
    void shouldRefuseAnOperatorThatDoesNotFitTheField() {
        Criteria criteria = Criteria.all(Condition.of("country", Operator.AT_LEAST, "5"),
                Condition.of("country", Operator.CONTAINS_ALL, "US"));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).containsExactly(
                new Found("rules[0].criteria.conditions[0].operator", "Rule 'EMEA' tests country AT_LEAST, but"
                        + " country is not a number; use AT_LEAST on companySize, score or a custom field, or another"
                        + " operator."),
                new Found("rules[0].criteria.conditions[1].operator", "Rule 'EMEA' tests country CONTAINS_ALL, but a"
                        + " lead has only one country; use IN, or CONTAINS_ALL on tags or region."));
        assertThat(check(NO_REGIONS, Criteria.all(Condition.of("country", Operator.CONTAINS_ALL, "US"))))
                .extracting(Found::message).containsExactly("Rule 'EMEA' tests country CONTAINS_ALL, but a lead has"
                        + " only one country; use IN, or CONTAINS_ALL on tags.");
    }

    @Test
    void shouldReportEmptyEntriesAndCheckNestedGroupsAtTheirPaths() {
        Criteria criteria = new Criteria(Match.ALL, Arrays.asList(Condition.of("country", Operator.IN, "US", " "),
                null), Arrays.asList(Criteria.any(Condition.of("score", Operator.AT_LEAST)), null));

        assertThat(check(FieldVocabulary.EVERY_FIELD, criteria)).containsExactly(
                new Found("rules[0].criteria.conditions[1]", "Rule 'EMEA' has an empty condition; remove it or fill"
                        + " it in."),
                new Found("rules[0].criteria.conditions[0].values[1]", "Rule 'EMEA' tests country IN with an empty"
                        + " value; remove it or fill it in."),
                new Found("rules[0].criteria.groups[1]", "Rule 'EMEA' has an empty group; remove it or fill it in."),
                new Found("rules[0].criteria.groups[0].conditions[0].values", "Rule 'EMEA' tests score AT_LEAST"
                        + " without values; give exactly one."));
    }

    private static List<Found> check(FieldVocabulary vocabulary, Criteria criteria) {
        List<Found> found = new ArrayList<>();
        new ConditionChecks(vocabulary, (path, message) -> found.add(new Found(path, message)))
                .check(PATH, criteria, RULE);
        return found;
    }
}
