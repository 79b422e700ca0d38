package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.ScenarioConfigurationMother.aScenarioConfiguration;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.aScoreScenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.reactivation.domain.scenario.ScenarioSetup.ConcurrentChangeException;
import io.leadflow.reactivation.domain.scenario.ScenarioSetup.InvalidConfigurationException;
import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScenarioSetupTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");
    private static final long ONE_SECOND = Duration.ofSeconds(1).toNanos();

    private final InMemoryScenarioConfigurations store = new InMemoryScenarioConfigurations();
    private final AtomicLong ticker = new AtomicLong();
    private final ScenarioSetup setup = new ScenarioSetup(store, new MutableClock(NOW), ScenarioSetup.REFRESH,
            ticker::get);
    /** Another instance of the service, sharing the store. */
    private final ScenarioSetup otherInstance = new ScenarioSetup(store, new MutableClock(NOW));

    @Test
    void shouldServeTheEmptyConfigurationUntilTheFirstChange() {
        assertThat(setup.current()).isEqualTo(ConfigurationVersion.EMPTY);
    }

    @Test
    void shouldSaveAValidChangeAsTheNextVersionWithItsAuthorCommentAndTime() {
        ScenarioConfiguration configuration = aScenarioConfiguration().build();

        ScenarioSetup.Saved saved = setup.change(configuration, "ops@example.com", "autumn scenarios", null);

        ConfigurationVersion expected = new ConfigurationVersion(1, "ops@example.com", NOW, "autumn scenarios",
                configuration);
        assertThat(saved).isEqualTo(new ScenarioSetup.Saved(expected, List.of()));
        assertThat(store.history()).containsExactly(expected);
        assertThat(setup.current()).isEqualTo(expected);
    }

    @Test
    void shouldReturnTheValidatorsWarningsWithTheSavedVersion() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().disabled()).build();

        ScenarioSetup.Saved saved = setup.change(configuration, "ops@example.com", null, 0L);

        assertThat(saved.version().version()).isEqualTo(1);
        assertThat(saved.warnings()).isEqualTo(ScenarioValidator.validate(configuration).warnings()).hasSize(1);
    }

    @Test
    void shouldRefuseAnInvalidChangeAndSaveNothing() {
        ScenarioConfiguration invalid = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withLookBack(null)).build();

        assertThatThrownBy(() -> setup.change(invalid, "ops@example.com", null, null))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, refused -> assertThat(
                        refused.validation()).isEqualTo(ScenarioValidator.validate(invalid)))
                .hasMessage("the scenario configuration has 1 error(s); nothing was saved");
        assertThat(store.history()).isEmpty();
    }

    @Test
    void shouldRefuseAChangeMadeToAVersionThatIsNoLongerCurrent() {
        setup.change(aScenarioConfiguration().build(), "first@example.com", null, 0L);

        assertThatThrownBy(() -> setup.change(ScenarioConfiguration.EMPTY, "late@example.com", null, 0L))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("the change was made to version 0 but version 1 (by first@example.com) is current;"
                        + " apply the change to version 1 and send it again");
        assertThat(store.history()).extracting(ConfigurationVersion::author).containsExactly("first@example.com");
    }

    @Test
    void shouldRefuseAChangeWhenAnotherChangeSavedTheSameVersionFirst() {
        ScenarioConfigurations racing = new ScenarioConfigurations() {
            @Override
            public ConfigurationVersion current() {
                return store.current();
            }

            @Override
            public boolean save(ConfigurationVersion version) {
                store.save(new ConfigurationVersion(version.version(), "quicker@example.com", NOW, null,
                        ScenarioConfiguration.EMPTY));
                return store.save(version);
            }

            @Override
            public Optional<ConfigurationVersion> version(long version) {
                return store.version(version);
            }

            @Override
            public List<ConfigurationVersion> history() {
                return store.history();
            }
        };
        ScenarioSetup slower = new ScenarioSetup(racing, new MutableClock(NOW));

        assertThatThrownBy(() -> slower.change(aScenarioConfiguration().build(), "slower@example.com", null, null))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("version 1 was saved by another change a moment ago; reload the configuration, apply the"
                        + " change to it and send it again");
        assertThat(store.history()).extracting(ConfigurationVersion::author).containsExactly("quicker@example.com");
    }

    @Test
    void shouldServeAChangeOfAnotherInstanceOnceTheRefreshPeriodHasPassed() {
        assertThat(setup.current().version()).isZero();
        otherInstance.change(aScenarioConfiguration().build(), "ops@example.com", null, null);

        ticker.addAndGet(ONE_SECOND - 1);
        ConfigurationVersion withinTheSecond = setup.current();
        ticker.addAndGet(1);
        ConfigurationVersion afterTheSecond = setup.current();

        assertThat(withinTheSecond.version()).isZero();
        assertThat(afterTheSecond.version()).isEqualTo(1);
    }

    @Test
    void shouldReadTheStoreOncePerRefreshPeriodHoweverOftenTheVersionInEffectIsAskedFor() {
        for (int batch = 0; batch < 1_000; batch++) {
            setup.current();
        }
        ticker.addAndGet(ONE_SECOND);
        for (int batch = 0; batch < 1_000; batch++) {
            setup.current();
        }

        assertThat(store.currentReads()).isEqualTo(2);
    }

    @Test
    void shouldCheckTheExpectedVersionAgainstTheStoreNotTheCachedVersion() {
        assertThat(setup.current().version()).isZero();
        otherInstance.change(aScenarioConfiguration().build(), "first@example.com", null, null);

        ScenarioSetup.Saved saved = setup.change(ScenarioConfiguration.EMPTY, "second@example.com", "undo", 1L);

        assertThat(saved.version().version()).isEqualTo(2);
        assertThat(setup.current()).isEqualTo(saved.version());
    }
}
