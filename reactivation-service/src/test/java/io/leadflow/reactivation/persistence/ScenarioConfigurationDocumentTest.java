package io.leadflow.reactivation.persistence;

import static io.leadflow.reactivation.domain.scenario.ScenarioConfigurationMother.aScenarioConfiguration;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
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
