package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadflow.launcher.deadletter.PartitionOffset;
import io.leadflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void shouldStartOnTheDefaultPortsWithTheServicesOwnWaitTimeout() {
        LauncherOptions options = LauncherOptions.parse();

        assertThat(options.demo()).isFalse();
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.mongoPort()).isEqualTo(27017);
        assertThat(options.webhookPort()).isEqualTo(8090);
        assertThat(options.smtpPort()).isEqualTo(8025);
        assertThat(options.servicePorts()).containsEntry(Service.RESPONSE, 8081).containsEntry(Service.ASSIGNMENT, 8082)
                .containsEntry(Service.REACTIVATION, 8083).containsEntry(Service.NOTIFICATION, 8084);
        assertThat(options.engineWaitTimeout()).isNull();
    }

    @Test
    void shouldShortenTheEngineWaitForTheDemoUnlessTold() {
        assertThat(LauncherOptions.parse("--demo").engineWaitTimeout().duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(LauncherOptions.parse("--demo", "--engine-wait-timeout", "2m").engineWaitTimeout().duration())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(LauncherOptions.parse("--engine-wait-timeout", "PT45S").engineWaitTimeout().duration())
                .isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void shouldTurnTheEngineWaitTimeoutOffSoParkedLeadsNeverFallBack() {
        EngineWaitTimeout off = LauncherOptions.parse("--engine-wait-timeout", "off").engineWaitTimeout();

        assertThat(off).isEqualTo(EngineWaitTimeout.OFF);
        assertThat(off.assignmentArguments())
                .containsExactly("--leadflow.assignment.engine-wait-timeout-enabled=false");
        assertThat(LauncherOptions.parse("--engine-wait-timeout", "90s").engineWaitTimeout().assignmentArguments())
                .containsExactly("--leadflow.assignment.engine-wait-timeout=PT1M30S");
        assertThat(LauncherOptions.USAGE).contains("--engine-wait-timeout D", "or off");
        assertThatThrownBy(() -> LauncherOptions.parse("--demo", "--engine-wait-timeout", "off"))
                .hasMessage("--demo needs an engine wait timeout: one of its leads shows the fallback owner taking over");
    }

    @Test
    void shouldMoveAllServicePortsWithTheBase() {
        LauncherOptions options = LauncherOptions.parse("--http-port-base", "9181", "--kafka-port", "19092");

        assertThat(options.servicePorts()).containsEntry(Service.RESPONSE, 9181).containsEntry(Service.NOTIFICATION, 9184);
        assertThat(options.kafkaPort()).isEqualTo(19092);
    }

    @Test
    void shouldAskForATokenOfAUserWithAnOptionalNameInADataDirectory() {
        LauncherOptions options = LauncherOptions.parse("--token", "ops@example.com", "--name", "Olga Ops",
                "--data-dir", "/tmp/leadflow");

        assertThat(options.token()).isEqualTo("ops@example.com");
        assertThat(options.tokenName()).isEqualTo("Olga Ops");
        assertThat(options.dataDir()).isEqualTo(java.nio.file.Path.of("/tmp/leadflow"));
        assertThatThrownBy(() -> LauncherOptions.parse("--name", "Olga Ops"))
                .hasMessage("--name goes with --token USER_ID");
        assertThatThrownBy(() -> LauncherOptions.parse("--token", "ops@example.com", "--demo"))
                .hasMessageStartingWith("--token needs a USER_ID and excludes --demo");
    }

    @Test
    void shouldMoveTheMailSinkToAnotherPort() {
        assertThat(LauncherOptions.parse("--smtp-port", "2525").smtpPort()).isEqualTo(2525);
        assertThatThrownBy(() -> LauncherOptions.parse("--smtp-port", "mail"))
                .hasMessage("--smtp-port must be a port number, not mail");
    }

    @Test
    void shouldRejectWrongOptionsWithAMessageSayingWhich() {
        assertThatThrownBy(() -> LauncherOptions.parse("--kafka-port", "ninety"))
                .hasMessage("--kafka-port must be a port number, not ninety");
        assertThatThrownBy(() -> LauncherOptions.parse("--mongo-port", "70000"))
                .hasMessage("--mongo-port must be a port between 1 and 65534, not 70000");
        assertThatThrownBy(() -> LauncherOptions.parse("--engine-wait-timeout", "soon"))
                .hasMessageStartingWith("--engine-wait-timeout must be a duration such as 20s");
        assertThatThrownBy(() -> LauncherOptions.parse("--engine-wait-timeout", "0s"))
                .hasMessage("--engine-wait-timeout must be positive, not 0s");
        assertThatThrownBy(() -> LauncherOptions.parse("--data-dir")).hasMessageStartingWith("--data-dir needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse("--colour")).hasMessageStartingWith("Unknown option --colour");
        assertThatThrownBy(() -> LauncherOptions.parse("--demo", "--watch"))
                .hasMessage("--demo and --watch exclude each other: --watch starts nothing");
    }

    @Test
    void shouldReadTheLeadWhoseJourneyToPrintAndStartNothingElse() {
        LauncherOptions options = LauncherOptions.parse("--journey", "00Q-42", "--kafka-port", "19092");

        assertThat(options.journey()).isEqualTo("00Q-42");
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThatThrownBy(() -> LauncherOptions.parse("--journey", "00Q-42", "--demo"))
                .hasMessage("--journey excludes --demo and --watch: it starts nothing and ends");
        assertThatThrownBy(() -> LauncherOptions.parse("--journey")).hasMessageStartingWith("--journey needs a value");
    }

    @Test
    void shouldListTheDeadLettersOfOneTopicOrOfAll() {
        assertThat(LauncherOptions.parse("--dead-letters", "reactivation.requested", "--kafka-port", "19092")
                .deadLetters()).containsExactly(Topics.REACTIVATION_REQUESTED);
        assertThat(LauncherOptions.parse("--dead-letters", "--kafka-port", "19092").deadLetters())
                .isEqualTo(Topics.ALL);
        assertThat(LauncherOptions.parse("--dead-letters").deadLetters()).isEqualTo(Topics.ALL);
        assertThat(LauncherOptions.parse().deadLetters()).isEmpty();
        assertThatThrownBy(() -> LauncherOptions.parse("--dead-letters", "no.such.topic"))
                .hasMessageStartingWith("--dead-letters: no topic no.such.topic in the catalog (");
    }

    @Test
    void shouldReadWhichDeadLettersToReplayAndWho() {
        LauncherOptions options = LauncherOptions.parse("--replay", "reactivation.requested", "--by", "ops-anna",
                "--offsets", "0:12,2:5");

        assertThat(options.replay()).isEqualTo(Topics.REACTIVATION_REQUESTED);
        assertThat(options.replayBy()).isEqualTo("ops-anna");
        assertThat(options.replayOffsets()).containsExactly(new PartitionOffset(0, 12), new PartitionOffset(2, 5));
        assertThat(LauncherOptions.parse("--replay", "reactivation.requested", "--by", "ops-anna").replayOffsets())
                .isEmpty();
    }

    @Test
    void shouldRefuseAReplayWithoutATopicOfTheCatalogOrSomeoneToRecord() {
        assertThatThrownBy(() -> LauncherOptions.parse("--replay", "reactivation.requested"))
                .hasMessage("--replay needs --by NAME: who replays is recorded on every record");
        assertThatThrownBy(() -> LauncherOptions.parse("--replay", "reactivation.asked", "--by", "ops-anna"))
                .hasMessageStartingWith("--replay: no topic reactivation.asked in the catalog (");
        assertThatThrownBy(() -> LauncherOptions.parse("--by", "ops-anna"))
                .hasMessage("--by and --offsets go with --replay TOPIC");
        assertThatThrownBy(() -> LauncherOptions.parse("--replay", "reactivation.requested", "--by", "ops-anna",
                "--offsets", "0-12")).hasMessage("--offsets takes PARTITION:OFFSET,... (e.g. 0:12,2:5), not \"0-12\"");
        assertThatThrownBy(() -> LauncherOptions.parse("--replay", "reactivation.requested", "--by", "ops-anna",
                "--dead-letters")).hasMessageStartingWith("--dead-letters and --replay exclude");
        assertThatThrownBy(() -> LauncherOptions.parse("--dead-letters", "--watch"))
                .hasMessageStartingWith("--dead-letters and --replay exclude");
    }
}
