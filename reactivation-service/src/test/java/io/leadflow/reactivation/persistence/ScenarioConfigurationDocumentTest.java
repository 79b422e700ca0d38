package io.leadflow.reactivation.persistence;

import static io.leadflow.reactivation.domain.scenario.ScenarioConfigurationMother.aScenarioConfiguration;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.aScoreScenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;
import io.leadflow.criteria.Operator;
import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import io.leadflow.reactivation.persistence.ScenarioConfigurationDocument.StoredCondition;
import io.leadflow.reactivation.persistence.ScenarioConfigurationDocument.StoredCriteria;
import io.leadflow.reactivation.persistence.ScenarioConfigurationDocument.StoredField;
import io.leadflow.reactivation.persistence.ScenarioConfigurationDocument.StoredScenario;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioConfigurationDocumentTest {

    private static final Instant CHANGED_AT = Instant.parse("2026-11-30T09:15:00Z");

    @Test
    void shouldReadBackEveryVersionItStores() {
        ConfigurationVersion version = new ConfigurationVersion(7, "ops@example.com", CHANGED_AT, "autumn",
                aScenarioConfiguration().build());

        ConfigurationVersion read = ScenarioConfigurationDocument.of(version).toVersion();

        assertThat(read).isEqualTo(version);
    }

    @Test
    void shouldReadBackLeadCriteriaWithTheirNestedGroupsStoredAsItsOwnRecords() {
        Criteria usEnterprise = Criteria.all(Condition.of("country", Operator.IN, "US", "CA"))
                .with(Criteria.any(Condition.of("companySize", Operator.AT_LEAST, "1000"),
                        Condition.of("email", Operator.PRESENT)));
        ConfigurationVersion version = new ConfigurationVersion(8, "ops@example.com", CHANGED_AT, "by country",
                aScenarioConfiguration().withScenario(0, aScoreScenario().withLeadCriteria(usEnterprise)).build());

        ScenarioConfigurationDocument document = ScenarioConfigurationDocument.of(version);

        assertThat(document.toVersion()).isEqualTo(version);
        assertThat(document.scenarios().get(0).leadCriteria()).isEqualTo(new StoredCriteria(Match.ALL,
                List.of(new StoredCondition("country", Operator.IN, List.of("US", "CA"))),
                List.of(new StoredCriteria(Match.ANY, List.of(
                        new StoredCondition("companySize", Operator.AT_LEAST, List.of("1000")),
                        new StoredCondition("email", Operator.PRESENT, List.of())), List.of()))));
        assertThat(document.scenarios().get(1).leadCriteria()).as("none given").isNull();
    }

    @Test
    void shouldReadStoredLeadCriteriaWithoutListsAsCriteriaForEveryLead() {
        StoredCriteria stored = new StoredCriteria(null, null, null);

        assertThat(stored.toDomain().matchesEverything()).isTrue();
    }

    @Test
    void shouldStoreDurationsAsIsoStringsAndSyncFieldsAsNameValuePairs() {
        ConfigurationVersion version = new ConfigurationVersion(1, "ops@example.com", CHANGED_AT, null,
                aScenarioConfiguration().build());

        StoredScenario score = ScenarioConfigurationDocument.of(version).scenarios().get(0);

        assertThat(score.waitPeriod()).isEqualTo("PT20M");
        assertThat(score.lookBack()).isEqualTo("PT720H");
        assertThat(score.eligibility().within()).isEqualTo("PT336H");
        assertThat(score.sync()).containsExactly(new StoredField("Reactivation_Scenario__c", "{scenario}"),
                new StoredField("Reactivated_At__c", "{decidedAt}"));
    }

    @Test
    void shouldReadADocumentWithoutListsAsTheEmptyConfiguration() {
        ScenarioConfigurationDocument stored = new ScenarioConfigurationDocument(3, "ops@example.com", CHANGED_AT,
                null, null, null);

        assertThat(stored.toVersion().configuration()).isEqualTo(ScenarioConfiguration.EMPTY);
        assertThat(stored.toVersion().configuration().scenarios()).isEqualTo(List.of());
    }
}
