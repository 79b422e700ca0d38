package io.leadflow.assignment.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.RoutingPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/** Binds the real {@code application.yml}, so the documented defaults are what is tested. */
class AssignmentPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(PropertiesOnly.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AssignmentProperties.class)
    static class PropertiesOnly {
    }

    @Test
    void shouldBindTheDocumentedDefaults() {
        context.run(started -> {
            AssignmentProperties properties = started.getBean(AssignmentProperties.class);

            assertThat(properties.toRoutingPolicy()).isEqualTo(new RoutingPolicy(
                    Set.of("00G-inbound", "005-integration"), true,
                    new Owner("00G-routing", OwnerKind.QUEUE, "Lead Routing Queue"), Duration.ofMinutes(10),
                    new Owner("00G-sdr", OwnerKind.QUEUE, "Sales Development Queue"),
                    Set.of("disqualified", "converted", "recycled")));
            assertThat(properties.timerPollInterval()).isEqualTo(Duration.ofSeconds(1));
            assertThat(properties.routingConsumers()).isEqualTo(1);
            assertThat(properties.engineWaitTimeoutEnabled()).isTrue();
            assertThat(properties.acknowledgementLinks().baseUrl()).isEqualTo("http://localhost:8082");
            assertThat(properties.acknowledgementLinks().secret()).isEmpty();
            assertThat(properties.hopperSizeMaxAge()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void shouldRefuseANegativeHopperSizeMaxAge() {
        context.withPropertyValues("leadflow.assignment.hopper-size-max-age=-1s").run(started -> {
            assertThat(started).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(started.getStartupFailure()).getMessage())
                    .contains("leadflow.assignment.hopper-size-max-age must not be negative");
        });
    }

    @ParameterizedTest(name = "engine-wait-timeout-enabled={0}")
    @CsvSource({"false", "off"})
    void shouldLetTheEngineWaitTimeoutBeSwitchedOffWhateverTheTimeoutSays(String enabled) {
        context.withPropertyValues("leadflow.assignment.engine-wait-timeout-enabled=" + enabled,
                "leadflow.assignment.engine-wait-timeout=0s").run(started -> {
                    AssignmentProperties properties = started.getBean(AssignmentProperties.class);

                    assertThat(properties.engineWaitTimeoutEnabled()).isFalse();
                    assertThat(properties.toRoutingPolicy().engineWaitTimeout()).isNull();
                    assertThat(properties.toRoutingPolicy().engineWaitDueAt(Instant.EPOCH)).isNull();
                });
    }

    @Test
    void shouldKeepTheTimeoutOnWhenTheSwitchIsLeftOut() {
        new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("leadflow.assignment.subject-to-reassignment=00G-inbound",
                        "leadflow.assignment.temporary-owner.id=00G-routing",
                        "leadflow.assignment.temporary-owner.kind=QUEUE",
                        "leadflow.assignment.fallback-owner.id=00G-sdr",
                        "leadflow.assignment.fallback-owner.kind=QUEUE",
                        "leadflow.assignment.engine-wait-timeout=5m",
                        "leadflow.assignment.timer-poll-interval=1s",
                        "leadflow.assignment.routing-consumers=1",
                        "leadflow.assignment.closed-lead-statuses=Converted",
                        "leadflow.assignment.acknowledgement-links.base-url=https://leadflow.example.com")
                .run(started -> {
                    AssignmentProperties properties = started.getBean(AssignmentProperties.class);
                    assertThat(properties.toRoutingPolicy().engineWaitDueAt(Instant.EPOCH))
                            .isEqualTo(Instant.EPOCH.plus(Duration.ofMinutes(5)));
                    assertThat(properties.hopperSizeMaxAge()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void shouldRefuseAnEnabledTimeoutWithoutADuration() {
        context.withPropertyValues("leadflow.assignment.engine-wait-timeout=").run(started -> {
            assertThat(started).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(started.getStartupFailure()).getMessage())
                    .contains("leadflow.assignment.engine-wait-timeout must be greater than zero (or switch the "
                            + "timeout off with leadflow.assignment.engine-wait-timeout-enabled=false)");
        });
    }

    @Test
    void shouldRefuseASwitchThatIsNotABoolean() {
        context.withPropertyValues("leadflow.assignment.engine-wait-timeout-enabled=sometimes").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .hasStackTraceContaining("leadflow.assignment.engine-wait-timeout-enabled");
        });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            leadflow.assignment.fallback-owner.id      | 00G-routing | leadflow.assignment.fallback-owner must differ from leadflow.assignment.temporary-owner
            leadflow.assignment.subject-to-reassignment | 00G-routing | leadflow.assignment.temporary-owner must not be listed in leadflow.assignment.subject-to-reassignment
            leadflow.assignment.engine-wait-timeout    | 0s          | leadflow.assignment.engine-wait-timeout must be greater than zero
            leadflow.assignment.timer-poll-interval    | -1s         | leadflow.assignment.timer-poll-interval must be greater than zero
            leadflow.assignment.temporary-owner.id     | " "         | field 'temporaryOwner.id': rejected value []
            leadflow.assignment.fallback-owner.kind    | ""          | field 'fallbackOwner.kind': rejected value [null]
            leadflow.assignment.routing-consumers      | 0           | field 'routingConsumers': rejected value [0]
            leadflow.assignment.closed-lead-statuses[0] | " "        | field 'closedLeadStatuses[0]': rejected value []
            """)
    void shouldRefuseToStartWithAMessageNamingTheBadProperty(String property, String value, String message) {
        context.withPropertyValues(property + "=" + value).run(started -> {
            assertThat(started).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(started.getStartupFailure()).getMessage())
                    .startsWith("Binding validation errors on leadflow.assignment")
                    .contains(message);
        });
    }

    @Test
    void shouldRefuseAnOwnerKindThatIsNeitherUserNorQueue() {
        context.withPropertyValues("leadflow.assignment.temporary-owner.kind=ROBOT").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure())
                    .hasStackTraceContaining("leadflow.assignment.temporary-owner.kind");
        });
    }
}
