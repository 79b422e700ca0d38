package io.leadflow.launcher;

import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open offers survive the service: assignment-service is killed with SIGKILL while three leads wait for Ann to
 * acknowledge them, their deadline passes while it is down, and the instance started afterwards fires each deadline
 * once (one lead.expired, one reassignment offer per lead). Links sent before the crash still verify after it.
 */
class OfferRestartIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int LEADS = 3;
    private static final String CONFIGURATION = """
            {"comment": "offers whose deadline passes while the service is down",
             "configuration": {
              "activationTarget": {"type": "DISTRIBUTION_RULE", "id": "Offers"},
              "distributionRules": [{"name": "Offers", "method": "ROUND_ROBIN", "members": [{"userId": "005-ann"}],
                "acknowledgement": {"within": "PT15S", "reassignment": {"algorithm": "ROUND_ROBIN",
                  "candidateQuery": "best", "maxAttempts": 2, "within": "PT10M",
                  "finalTarget": {"type": "USER", "id": "005-finn"}}}}],
              "candidateQueries": [{"name": "best", "sort": [{"field": "rating", "direction": "DESC"}]}],
              "users": [
                {"id": "005-ann", "name": "Ann", "timeZone": "UTC", "rating": 3.0},
                {"id": "005-ben", "name": "Ben", "timeZone": "UTC", "rating": 4.9},
                {"id": "005-cara", "name": "Cara", "timeZone": "UTC", "rating": 4.5},
                {"id": "005-finn", "name": "Finn", "timeZone": "UTC"}]}}
            """;

    @TempDir
    Path dataDir;

    private OneServiceStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopEverything() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void shouldFireEachDeadlineOnceAfterTheServiceWasKilledWhileOffersWereOpen() throws Exception {
        stack = OneServiceStack.start(dataDir, Service.ASSIGNMENT);
        HttpResponse<String> saved = http.send(stack.request("/routing/configuration")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CONFIGURATION)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        stack.awaitPartitionLeaders(Topics.RESPONSE_ACTIVATED);
        List<String> leadIds = List.of(newLeadId(), newLeadId(), newLeadId());
        try (TopicProbe probe = TopicProbe.start(stack.bootstrapServers(), Topics.LEAD_OFFERED, Topics.LEAD_EXPIRED,
                Topics.LEAD_ASSIGNED);
                TestPublisher upstream = new TestPublisher(stack.bootstrapServers())) {
            leadIds.forEach(leadId -> upstream.publish(Topics.RESPONSE_ACTIVATED,
                    TestEvents.responseActivated(leadId).build()));
            List<LeadOffered> toAnn = leadIds.stream().map(leadId -> probe.awaitEvent(Topics.LEAD_OFFERED, leadId))
                    .toList();

            stack.killService();
            Instant lastDeadline = toAnn.stream().map(LeadOffered::getDeadline).max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(leadIds).allSatisfy(leadId -> assertThat(probe.events(Topics.LEAD_EXPIRED, leadId)).isEmpty());
            await().atMost(PATIENCE).until(() -> Instant.now().isAfter(lastDeadline));
            stack.startService();

            for (LeadOffered first : toAnn) {
                String leadId = first.getLeadId();
                LeadExpired expired = probe.awaitEvent(Topics.LEAD_EXPIRED, leadId);
                assertThat(expired.getOfferId()).isEqualTo(first.getOfferId());
                assertThat(expired.getReason()).isEqualTo(ExpiryReason.NOT_ACKNOWLEDGED);
                LeadOffered toBen = probe.awaitEvents(Topics.LEAD_OFFERED, leadId, 2).get(1);
                assertThat(toBen.getCandidate().getId()).isEqualTo("005-ben");
                assertThat(toBen.getAttempt()).isEqualTo(1);
                // Ann's link, signed before the crash, still verifies: the offer ended (410), not a bad link (404).
                assertThat(click(first.getAcknowledgeUrl()).statusCode()).isEqualTo(410);
                // An acknowledgement that comes after: had the deadline fired twice, its copies would come before it.
                assertThat(click(toBen.getAcknowledgeUrl()).statusCode()).isEqualTo(200);
                LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
                assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.ROUND_ROBIN_REASSIGNMENT);
                assertThat(assigned.getOfferId()).isEqualTo(toBen.getOfferId());
            }
            // Copies of one event re-published after a crash share its event id: one event each, exactly.
            assertThat(leadIds).allSatisfy(leadId -> {
                assertThat(eventIds(probe.events(Topics.LEAD_EXPIRED, leadId))).hasSize(1);
                assertThat(eventIds(probe.events(Topics.LEAD_OFFERED, leadId))).hasSize(2);
                assertThat(eventIds(probe.events(Topics.LEAD_ASSIGNED, leadId))).hasSize(1);
            });
        }
    }

    private HttpResponse<String> click(String acknowledgeUrl) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(acknowledgeUrl)).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Object> eventIds(List<? extends SpecificRecord> events) {
        return events.stream().map(event -> event.get(event.getSchema().getField("eventId").pos())).distinct().toList();
    }
}
