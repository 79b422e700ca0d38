package io.leadflow.platform.kafka;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.scoreChanged;
import static io.leadflow.testsupport.TestEvents.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import io.leadflow.testsupport.TopicProbe.DeadLetter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = PlumbingTestApplication.class, properties = "spring.mongodb.database=platform-test")
@ContextConfiguration(initializers = LeadflowTestInfrastructure.class)
class PlumbingIT {

    @Autowired
    PlumbingTestApplication.ScoreListener listener;
    @Autowired
    PlumbingTestApplication.StatusBatchListener batchListener;
    @Autowired
    EventPublisher publisher;
    @Autowired
    MeterRegistry meters;

    TopicProbe probe;
    TestPublisher upstream;

    @BeforeEach
    void startProbe() {
        probe = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.LEAD_SCORE_CHANGED,
                Topics.LEAD_STATUS_CHANGED);
        upstream = new TestPublisher(LeadflowTestInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void stopProbe() {
        probe.close();
        upstream.close();
    }

    @Test
    void shouldDeadLetterAnUndecodableRecordWithItsOriginalBytesAndKeepConsuming() {
        String poisoned = newLeadId();
        String healthy = newLeadId();
        byte[] garbage = "{\"score\": 80}".getBytes(StandardCharsets.UTF_8);

        upstream.publishRaw(Topics.LEAD_SCORE_CHANGED, poisoned, garbage);
        upstream.publish(Topics.LEAD_SCORE_CHANGED, scoreChanged(healthy, 10, 80).build());

        DeadLetter dead = probe.awaitDeadLetter(Topics.LEAD_SCORE_CHANGED, poisoned);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(dead.reason()).startsWith("lead.score.changed: not a LeadScoreChanged in Avro single-object encoding");
        assertThat(dead.headers()).containsEntry("kafka_dlt-original-topic", "lead.score.changed");
        await().until(() -> listener.handled.stream().anyMatch(e -> e.getLeadId().equals(healthy)));
    }

    @Test
    void shouldDeadLetterAnInvalidEventAtOnceWithoutRetrying() {
        String leadId = newLeadId();
        LeadScoreChanged invalid = scoreChanged(leadId, 10, PlumbingTestApplication.INVALID).build();

        upstream.publish(Topics.LEAD_SCORE_CHANGED, invalid);

        assertThat(probe.awaitDeadLetter(Topics.LEAD_SCORE_CHANGED, leadId).reason())
                .isEqualTo("score must not be negative");
        assertThat(listener.attempts.get(invalid.getEventId())).hasValue(1);
    }

    @Test
    void shouldRetryATransientFailureUntilItPassesAndDeadLetterNothing() {
        String leadId = newLeadId();
        LeadScoreChanged flaky = scoreChanged(leadId, 10, PlumbingTestApplication.FLAKY).build();

        upstream.publish(Topics.LEAD_SCORE_CHANGED, flaky);

        await().until(() -> listener.handled.contains(flaky));
        assertThat(listener.attempts.get(flaky.getEventId())).hasValue(4);
        assertThat(probe.deadLetters(Topics.LEAD_SCORE_CHANGED)).noneMatch(dead -> dead.key().equals(leadId));
    }

    @Test
    void shouldPublishKeyedByLeadIdOnceTheBrokerConfirms() {
        String leadId = newLeadId();
        LeadScoreChanged event = scoreChanged(leadId, 10, 55).build();

        publisher.publish(Topics.LEAD_SCORE_CHANGED, event);

        assertThat(probe.awaitEvents(Topics.LEAD_SCORE_CHANGED, leadId, 1)).containsExactly(event);
        probe.assertStaysAt(Topics.LEAD_SCORE_CHANGED, leadId, 1, Duration.ofMillis(500));
    }

    @Test
    void shouldDeadLetterEachBadRecordOfABatchAndHandleEveryOtherRecordOnce() {
        String undecodable = newLeadId();
        String invalid = newLeadId();
        String rejected = newLeadId();
        List<LeadStatusChanged> healthy = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            healthy.add(statusChanged(newLeadId(), "Open", "Working").build());
        }
        double handledBefore = count(IncomingBatch.HANDLED_METRIC, Topics.LEAD_STATUS_CHANGED.name());
        double deadLetteredBefore = count(LeadflowKafkaAutoConfiguration.DEAD_LETTERED_METRIC,
                Topics.LEAD_STATUS_CHANGED.name());

        // All on one partition, so one poll returns them in this order: bad records between good ones.
        upstream.publishAllToPartition(Topics.LEAD_STATUS_CHANGED, 0, healthy.subList(0, 10));
        upstream.publishRawToPartition(Topics.LEAD_STATUS_CHANGED, 0, undecodable, new byte[] {1, 2, 3});
        upstream.publishAllToPartition(Topics.LEAD_STATUS_CHANGED, 0, healthy.subList(10, 20));
        upstream.publishAllToPartition(Topics.LEAD_STATUS_CHANGED, 0,
                List.of(statusChanged(invalid, "Open", " ").build(),
                        statusChanged(rejected, "Open", PlumbingTestApplication.StatusBatchListener.REJECTED).build()));
        upstream.publishAllToPartition(Topics.LEAD_STATUS_CHANGED, 0, healthy.subList(20, 30));

        assertThat(probe.awaitDeadLetter(Topics.LEAD_STATUS_CHANGED, undecodable).reason())
                .startsWith("lead.status.changed: not a LeadStatusChanged");
        assertThat(probe.awaitDeadLetter(Topics.LEAD_STATUS_CHANGED, invalid).reason())
                .isEqualTo("status must not be blank");
        assertThat(probe.awaitDeadLetter(Topics.LEAD_STATUS_CHANGED, rejected).reason())
                .isEqualTo("status Rejected is not allowed");
        await().until(() -> batchListener.handledEventIds.containsAll(
                healthy.stream().map(LeadStatusChanged::getEventId).toList()));
        assertThat(probe.deadLetters(Topics.LEAD_STATUS_CHANGED)).hasSize(3);
        assertThat(batchListener.batchSizes).anyMatch(size -> size > 1);
        await().untilAsserted(() -> assertThat(count(LeadflowKafkaAutoConfiguration.DEAD_LETTERED_METRIC,
                Topics.LEAD_STATUS_CHANGED.name()) - deadLetteredBefore).isEqualTo(3.0));
        // At least once: the healthy records after a rejected one are redelivered, and handled (and counted) again.
        assertThat(count(IncomingBatch.HANDLED_METRIC, Topics.LEAD_STATUS_CHANGED.name()) - handledBefore)
                .isGreaterThanOrEqualTo(30.0);
    }

    private double count(String metric, String topic) {
        Counter counter = meters.find(metric).tag("topic", topic).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldConfirmEveryEventOfAPublicationBatchTogether() {
        List<LeadScoreChanged> events = List.of(scoreChanged(newLeadId(), 1, 50).build(),
                scoreChanged(newLeadId(), 1, 60).build(), scoreChanged(newLeadId(), 1, 70).build());
        PublicationBatch batch = publisher.batch();
        events.forEach(event -> batch.add(Topics.LEAD_SCORE_CHANGED, event));

        batch.awaitConfirmed();

        assertThat(batch.size()).isZero();
        events.forEach(event -> assertThat(probe.awaitEvents(Topics.LEAD_SCORE_CHANGED, event.getLeadId(), 1))
                .containsExactly(event));
    }
}
