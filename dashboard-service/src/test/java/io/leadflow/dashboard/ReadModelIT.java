package io.leadflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.leadflow.dashboard.domain.DeadLetterCount;
import io.leadflow.dashboard.domain.LeadEvent;
import io.leadflow.dashboard.domain.Person;
import io.leadflow.dashboard.domain.RepSummary;
import io.leadflow.dashboard.domain.RuleSummary;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.Owner;
import io.leadflow.platform.kafka.LeadflowKafkaAutoConfiguration;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestTokens;
import io.leadflow.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The read model from a known sequence of events on the broker: reps, rules, offers, dead letters, journeys. */
class ReadModelIT extends AbstractDashboardIT {

    private final String rule = "EMEA SDRs " + UUID.randomUUID();
    private final Owner hannah = TestEvents.user("005-hannah-" + UUID.randomUUID(), "Hannah Hill");
    private final Owner louis = TestEvents.user("005-louis-" + UUID.randomUUID(), "Louis Lang");
    private final List<Owner> members = List.of(hannah, louis);

    @Test
    void shouldCountAssignmentsOffersAcknowledgedAndIgnoredPerRepAndPerRule() throws Exception {
        String leadOne = TestEvents.newLeadId();
        String leadTwo = TestEvents.newLeadId();
        String leadThree = TestEvents.newLeadId();
        LeadOffered toHannah = DashboardEvents.offered(leadOne, "offer-" + UUID.randomUUID(), hannah, rule);
        LeadOffered toLouis = DashboardEvents.offered(leadTwo, "offer-" + UUID.randomUUID(), louis, rule);
        LeadOffered stillOpen = DashboardEvents.offered(leadThree, "offer-" + UUID.randomUUID(), hannah, rule);
        LeadAssigned acknowledged = DashboardEvents.acknowledged(toHannah, rule, members);
        LeadExpired ignored = DashboardEvents.expired(toLouis, ExpiryReason.NOT_ACKNOWLEDGED);
        LeadAssigned toLouisLater = DashboardEvents.roundRobin(leadTwo, rule, louis, members);
        toLouisLater.setTimeToAssignMillis(8000);
        toLouisLater.setOccurredAt(ignored.getOccurredAt().plusMillis(1));

        upstream.publish(Topics.LEAD_OFFERED, toHannah);
        upstream.publish(Topics.LEAD_OFFERED, toLouis);
        upstream.publish(Topics.LEAD_OFFERED, stillOpen);
        upstream.publish(Topics.LEAD_ASSIGNED, acknowledged);
        upstream.publish(Topics.LEAD_EXPIRED, ignored);
        upstream.publish(Topics.LEAD_ASSIGNED, toLouisLater);
        // Delivered again (a producer retry, a replay): counted once.
        upstream.publish(Topics.LEAD_ASSIGNED, acknowledged);
        String marker = TestEvents.newLeadId();
        upstream.publish(Topics.LEAD_ASSIGNED, DashboardEvents.roundRobin(marker, "marker " + UUID.randomUUID(),
                hannah, List.of(hannah)));
        await().atMost(TopicProbe.PATIENCE).until(() -> !dashboard.journey(marker).isEmpty());
        await().atMost(TopicProbe.PATIENCE).until(() -> dashboard.journey(leadTwo).size() == 3);

        assertThat(rep(hannah)).isEqualTo(new RepSummary(person(hannah), 2, 1, 1, 0, 4000L));
        assertThat(rep(louis)).isEqualTo(new RepSummary(person(louis), 1, 0, 0, 1, 8000L));
        assertThat(rule(rule)).isEqualTo(new RuleSummary(rule, "ROUND_ROBIN", List.of(
                new RuleSummary.MemberCount(person(hannah), 1), new RuleSummary.MemberCount(person(louis), 1))));
        assertThat(dashboard.journey(leadTwo)).extracting(LeadEvent::topic)
                .containsExactly("lead.offered", "lead.expired", "lead.assigned");
        assertThat(dashboard.journey(leadTwo).get(2).summary())
                .isEqualTo("assigned to Louis Lang (ROUND_ROBIN): Round robin in " + rule + ": Louis Lang's turn");
        assertThat(dashboard.journey(leadTwo).get(2).details()).contains(
                "assignment rule 'EMEA': matched (country is DE)", "Hannah Hill: NOT_NEXT (had their turn)");
        assertThat(dashboard.assignment(acknowledged.getEventId())).hasValueSatisfying(assignment -> {
            assertThat(assignment.offerId()).isEqualTo(toHannah.getOfferId());
            assertThat(assignment.lead()).isEqualTo("Dana Reyes · Acme Corp");
            assertThat(assignment.explanation().candidates()).hasSize(2);
        });
    }

    @Test
    void shouldServeTheOverviewAndAnExplanationToACallerWithAToken() throws Exception {
        String leadId = TestEvents.newLeadId();
        LeadAssigned assigned = DashboardEvents.roundRobin(leadId, rule, louis, members);

        upstream.publish(Topics.LEAD_ASSIGNED, assigned);
        await().atMost(TopicProbe.PATIENCE).until(() -> dashboard.assignment(assigned.getEventId()).isPresent());

        String overview = get("/api/overview");
        String explanation = get("/api/assignments/" + assigned.getEventId());
        String journey = get("/api/leads/" + leadId + "/journey");
        assertThat(overview).contains("\"eventId\":\"" + assigned.getEventId() + "\"", "\"owner\":\"Louis Lang\"",
                "\"method\":\"ROUND_ROBIN\"", "\"rule\":\"" + rule + "\"");
        assertThat(explanation).contains("\"distributionRule\":\"" + rule + "\"",
                "\"verdict\":\"CHOSEN\"", "\"detail\":\"fewest leads this round\"",
                "\"steps\":[\"assignment rule 'EMEA': matched (country is DE)\"");
        assertThat(journey).contains("\"topic\":\"lead.assigned\"", "\"writer\":\"assignment-service\"");
    }

    @Test
    void shouldCountDeadLettersPerTopicAndSkipWhatItCannotReadWithoutDeadLetteringItItself() throws Exception {
        String poisoned = TestEvents.newLeadId();
        String later = TestEvents.newLeadId();
        long before = deadLetters("lead.offered").map(DeadLetterCount::count).orElse(0L);

        upstream.publishRaw(Topics.LEAD_OFFERED, poisoned, "not avro".getBytes(StandardCharsets.UTF_8));
        upstream.publish(Topics.LEAD_OFFERED, DashboardEvents.offered(later, "offer-" + UUID.randomUUID(), louis, rule));
        await().atMost(TopicProbe.PATIENCE).until(() -> !dashboard.journey(later).isEmpty());
        // On the poison's partition (same key), after anything the dashboard would have dead-lettered itself.
        String reason = "Undecodable: bad magic byte " + UUID.randomUUID();
        publishDeadLetter("lead.offered.dlt", poisoned, reason);

        await().atMost(TopicProbe.PATIENCE).until(() -> deadLetters("lead.offered")
                .filter(count -> count.lastReason().equals(reason)).isPresent());
        assertThat(deadLetters("lead.offered").orElseThrow().count()).isEqualTo(before + 1);
        assertThat(dashboard.journey(poisoned)).extracting(LeadEvent::topic, LeadEvent::summary)
                .containsExactly(tuple("lead.offered.dlt",
                        "dead-lettered from lead.offered: " + reason));
    }

    /** 1,000 assignments a minute is the target; a burst of 3,000 must be read well within a minute. */
    @Test
    void shouldKeepUpWithABurstOfThreeThousandAssignments() {
        String burstRule = "Burst " + UUID.randomUUID();
        int perPartition = 500;
        long started = System.nanoTime();

        for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
            List<LeadAssigned> burst = new ArrayList<>();
            for (int i = 0; i < perPartition; i++) {
                burst.add(DashboardEvents.roundRobin(TestEvents.newLeadId(), burstRule, i % 2 == 0 ? hannah : louis,
                        members));
            }
            upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, partition, burst);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> dashboard.overview().rules().stream()
                .filter(summary -> summary.rule().equals(burstRule))
                .mapToLong(summary -> summary.members().stream().mapToLong(RuleSummary.MemberCount::assignedToday).sum())
                .sum() == (long) perPartition * Topics.PARTITIONS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(rule(burstRule).members()).extracting(RuleSummary.MemberCount::assignedToday)
                .containsExactly((long) perPartition * Topics.PARTITIONS / 2, (long) perPartition * Topics.PARTITIONS / 2);
    }

    private Optional<DeadLetterCount> deadLetters(String topic) {
        return dashboard.overview().deadLetters().stream().filter(count -> count.sourceTopic().equals(topic))
                .findFirst();
    }

    private static void publishDeadLetter(String topic, String key, String reason) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", LeadflowTestInfrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, "not avro".getBytes(
                    StandardCharsets.UTF_8));
            record.headers().add(LeadflowKafkaAutoConfiguration.DEAD_LETTER_REASON_HEADER,
                    reason.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private RepSummary rep(Owner owner) {
        return dashboard.overview().reps().stream().filter(rep -> rep.rep().id().equals(owner.getId())).findFirst()
                .orElseThrow();
    }

    private RuleSummary rule(String name) {
        return dashboard.overview().rules().stream().filter(summary -> summary.rule().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Person person(Owner owner) {
        return new Person(owner.getId(), owner.getName());
    }

    private String get(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path))
                .header("Authorization", TestTokens.bearer(TestTokens.ADMINISTRATOR)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
