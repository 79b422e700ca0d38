package io.leadflow.launcher;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.INBOUND_QUEUE;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.leadflow.events.ActivationKind;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.ExpiryReason;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.OfferKind;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ReactivationAction;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import io.leadflow.launcher.demo.FlowPrinter;
import io.leadflow.launcher.journey.LeadJourney;
import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TestPublisher;
import io.leadflow.testsupport.TopicProbe;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds 000, 003 and 004 end to end: the four services run as separate JVMs from their runnable jars against one real
 * KRaft broker and one MongoDB-compatible store, exactly as the launcher runs them. The test plays the
 * upstream systems with plain Kafka clients, receives notifications on a real HTTP endpoint and, for the owners the
 * embedded default tells by email, in the launcher's mail sink, and reads the stored first-owner metrics over
 * response-service's REST API.
 */
class PlatformEndToEndIT {

    private static final Duration ENGINE_WAIT_TIMEOUT = Duration.ofSeconds(8);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String FALLBACK_OWNER_ID = "00G-sdr";
    private static final String ALICE_ADDRESS = "alice.archer@leadflow.localhost";
    /** Told by email only in the embedded default (demo/notification-recipients.properties). */
    private static final String PRIYA_ID = "005-priya";
    private static final String OFFERS_COMPANY = "Offer Works";
    /**
     * Leads of one company are offered to Bob, who has 3 s to acknowledge; then the round robin offers them to the
     * best rated Gold or Silver reps, a minute each (time enough to read the mail), Sofia getting what nobody takes.
     * Every other lead goes to the external engine, as without a configuration, so the other tests are unaffected.
     */
    private static final String OFFERS_ROUTING = """
            {"comment": "offers under an acknowledgement SLA",
             "configuration": {
              "activationTarget": {"type": "ASSIGNMENT_RULES"},
              "assignmentRules": [{"name": "Offers", "target": {"type": "DISTRIBUTION_RULE", "id": "E2E offers"},
                "criteria": {"match": "ALL", "conditions": [{"field": "company", "operator": "IN",
                                                              "values": ["Offer Works"]}]}}],
              "catchAll": {"type": "EXTERNAL_ENGINE"},
              "distributionRules": [{"name": "E2E offers", "method": "ROUND_ROBIN", "members": [{"userId": "005-bob"}],
                "acknowledgement": {"within": "PT3S", "reassignment": {"algorithm": "ROUND_ROBIN",
                  "candidateQuery": "best", "maxAttempts": 2, "within": "PT1M",
                  "finalTarget": {"type": "USER", "id": "005-sofia"}}}}],
              "candidateQueries": [{"name": "best",
                "filter": {"match": "ALL", "conditions": [{"field": "tier", "operator": "IN",
                                                           "values": ["Gold", "Silver"]}]},
                "sort": [{"field": "rating", "direction": "DESC"}]}],
              "users": [
                {"id": "005-bob", "name": "Bob Baker", "timeZone": "UTC", "rating": 3.0, "tier": "Gold"},
                {"id": "005-priya", "name": "Priya Patel", "timeZone": "UTC", "rating": 4.8, "tier": "Gold"},
                {"id": "005-alice", "name": "Alice Archer", "timeZone": "UTC", "rating": 5.0, "tier": "Bronze"},
                {"id": "005-sofia", "name": "Sofia Garcia", "timeZone": "UTC"}]}}
            """;

    @TempDir
    static Path dataDir;

    static WebhookInbox inbox;
    static final List<JsonNode> received = new CopyOnWriteArrayList<>();
    static MailSink mailSink;
    static final List<MailSink.Mail> mailed = new CopyOnWriteArrayList<>();
    static Platform platform;
    static TopicProbe probe;
    static TestPublisher upstream;
    static final HttpClient http = HttpClient.newHttpClient();
    static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startPlatform() throws IOException {
        inbox = WebhookInbox.start(0, received::add);
        mailSink = MailSink.start(0, dataDir.resolve("mail"), mailed::add);
        Map<Service, Integer> servicePorts = new EnumMap<>(Service.class);
        // The pipeline: the dashboard has its own real-browser test in its module.
        for (Service service : Service.PIPELINE) {
            servicePorts.put(service, freePort());
        }
        platform = Platform.start(new PlatformSettings(dataDir, PlatformSettings.defaultServicesDir(), freePort(),
                freePort(), freePort(), PlatformSettings.oneInstanceEach(servicePorts), inbox.url(), mailSink.port(),
                new EngineWaitTimeout(ENGINE_WAIT_TIMEOUT)));
        probe = TopicProbe.start(platform.kafkaBootstrapServers(), Topics.RESPONSE_CREATED, Topics.RESPONSE_ACTIVATED,
                Topics.LEAD_ASSIGNMENT_REQUESTED, Topics.LEAD_OWNER_CHANGED, Topics.LEAD_ASSIGNED,
                Topics.NOTIFICATION_SENT, Topics.NOTIFICATION_FAILED, Topics.RESPONSE_REACTIVATION_DECIDED,
                Topics.LEAD_OFFERED, Topics.LEAD_EXPIRED);
        upstream = new TestPublisher(platform.kafkaBootstrapServers());
    }

    @AfterAll
    static void stopPlatform() {
        if (upstream != null) {
            upstream.close();
        }
        if (probe != null) {
            probe.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (inbox != null) {
            inbox.close();
        }
        if (mailSink != null) {
            mailSink.close();
        }
    }

    @Test
    void shouldAnswerEveryServicesApiOnlyWithATokenSignedByTheLaunchersKeyAndHealthWithout() throws Exception {
        for (Service service : Service.PIPELINE) {
            String api = platform.url(service) + switch (service) {
                case RESPONSE -> "/leads/00Q-nobody/campaign-members";
                case ASSIGNMENT -> "/routing/configuration";
                case REACTIVATION -> "/reactivation/configuration";
                case NOTIFICATION -> "/notifications?leadId=00Q-nobody";
                case DASHBOARD -> throw new IllegalStateException("not started here");
            };
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(api)).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> authenticated = http.send(authorized(api).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(platform.url(service)
                    + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(anonymous.statusCode()).as(service.module()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(authenticated.statusCode()).as(service.module()).isEqualTo(200);
            assertThat(health.statusCode()).as(service.module()).isEqualTo(200);
        }
    }

    @Test
    void shouldParkTheLeadWaitForTheExternalEngineThenNotifyTheNewOwnerAndStoreFirstOwnerMetrics() {
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId).build();

        upstream.publish(Topics.RESPONSE_CREATED, response);

        ResponseActivated activation = probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        assertThat(activation.getResponseId()).isEqualTo(response.getResponseId());
        assertThat(activation.getCorrelationId()).isEqualTo(response.getCorrelationId());
        LeadAssignmentRequested parked = probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        assertThat(parked.getPurpose()).isEqualTo(AssignmentPurpose.TEMPORARY_OWNER);
        assertThat(parked.getOwner().getId()).isEqualTo(ROUTING_QUEUE.getId());

        // The CRM applies the request, then the external engine routes the lead.
        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, INBOUND_QUEUE, ROUTING_QUEUE)
                .setChangedBy("crm").build());
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, QUIET);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, ROUTING_QUEUE, BOB).build());

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner()).isEqualTo(BOB);
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.EXTERNAL_ENGINE);
        assertThat(assigned.getResponseId()).isEqualTo(response.getResponseId());
        assertThat(assigned.getCorrelationId()).isEqualTo(response.getCorrelationId());
        assertThat(assigned.getTimeToAssignMillis())
                .isEqualTo(assigned.getAssignedAt().toEpochMilli() - assigned.getActivatedAt().toEpochMilli())
                .isPositive();

        JsonNode notification = awaitWebhook(leadId);
        assertThat(notification.path("recipient").path("id").asString()).isEqualTo(BOB.getId());
        assertThat(notification.path("method").asString()).isEqualTo("EXTERNAL_ENGINE");
        assertThat(notification.path("subject").asString()).contains("Dana Reyes");
        NotificationSent sent = probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        assertThat(sent.getRecipient()).isEqualTo(BOB);

        JsonNode member = awaitFirstOwner(response.getResponseId());
        assertThat(member.path("responseStatus").asString()).isEqualTo("Active");
        assertThat(member.path("firstOwner").path("id").asString()).isEqualTo(BOB.getId());
        assertThat(member.path("firstOwnerMethod").asString()).isEqualTo("EXTERNAL_ENGINE");
        assertThat(member.path("timeToFirstOwnerMillis").asLong()).isEqualTo(assigned.getTimeToAssignMillis());
    }

    @Test
    void shouldTellTheJourneyOfALeadThroughActivationEngineWaitAndNotificationInOrder() throws Exception {
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId).build();
        upstream.publish(Topics.RESPONSE_CREATED, response);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, INBOUND_QUEUE, ROUTING_QUEUE)
                .setChangedBy("crm").build());
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 0, QUIET);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, ROUTING_QUEUE, BOB).build());
        probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);
        awaitFirstOwner(response.getResponseId());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new LeadJourney(platform.kafkaBootstrapServers(), LeadJourney.readModelsOf(platform.url(Service.RESPONSE),
                platform.url(Service.ASSIGNMENT), platform.url(Service.REACTIVATION), platform.url(Service.NOTIFICATION)),
                platform.accessKeys().bearer("ops@example.com"))
                .print(leadId, new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        int now = lines.indexOf("Now, as each service tells it:");
        // Each event line: the broker's time, then topic, writer and the event in words; details are indented.
        List<String> events = lines.subList(1, now).stream().filter(line -> !line.startsWith(" "))
                .map(line -> line.substring(26)).toList();
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(lines.get(0)).isEqualTo("Journey of lead " + leadId + ": " + (now - 1 - details(lines, now))
                + " events");
        assertThat(events).containsExactly(
                journeyLine(Topics.RESPONSE_CREATED, probe.awaitEvent(Topics.RESPONSE_CREATED, leadId)),
                journeyLine(Topics.RESPONSE_ACTIVATED, probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId)),
                journeyLine(Topics.LEAD_ASSIGNMENT_REQUESTED, probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId)),
                journeyLine(Topics.LEAD_OWNER_CHANGED, probe.events(Topics.LEAD_OWNER_CHANGED, leadId).get(0)),
                journeyLine(Topics.LEAD_OWNER_CHANGED, probe.events(Topics.LEAD_OWNER_CHANGED, leadId).get(1)),
                journeyLine(Topics.LEAD_ASSIGNED, assigned),
                journeyLine(Topics.NOTIFICATION_SENT, probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId)));
        List<String> readModels = lines.subList(now + 1, lines.size());
        assertThat(readModels).contains("response-service  GET /leads/" + leadId + "/campaign-members",
                "assignment-service  GET /leads/" + leadId + "/assignments",
                "reactivation-service  GET /leads/" + leadId + "/reactivations",
                "notification-service  GET /notifications?leadId=" + leadId);
        assertThat(String.join("\n", readModels)).contains("\"firstOwnerMethod\" : \"EXTERNAL_ENGINE\"");
    }

    @Test
    void shouldOfferTheLeadReassignItWhenIgnoredAndGiveItToTheRepWhoFollowsTheLinkInHerEmail() throws Exception {
        saveRouting(OFFERS_ROUTING);
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId).setLead(TestEvents.lead()
                .setAttributes(LeadAttributes.newBuilder(TestEvents.lead().build().getAttributes())
                        .setCompany(OFFERS_COMPANY).build()).build()).build();

        upstream.publish(Topics.RESPONSE_CREATED, response);

        // Bob, the rule's member, is offered the lead and told on the webhook inbox; he does nothing.
        LeadOffered toBob = probe.awaitEvent(Topics.LEAD_OFFERED, leadId);
        assertThat(toBob.getCandidate().getId()).isEqualTo(BOB.getId());
        assertThat(toBob.getKind()).isEqualTo(OfferKind.ROUTING);
        assertThat(toBob.getAttempt()).isZero();
        assertThat(toBob.getDistributionRule()).isEqualTo("E2E offers");
        assertThat(toBob.getDeadline()).isEqualTo(toBob.getOfferedAt().plus(Duration.ofSeconds(3)));
        assertThat(toBob.getAcknowledgeUrl()).startsWith("http://localhost:" + URI.create(platform.url(
                Service.ASSIGNMENT)).getPort() + "/offers/" + toBob.getOfferId() + "/acknowledgement?token=");
        assertThat(awaitWebhook(leadId).path("acknowledgeUrl").asString()).isEqualTo(toBob.getAcknowledgeUrl());

        // The deadline passes: the round robin offers the lead to the best rated Gold or Silver rep left, Priya.
        LeadExpired expired = probe.awaitEvent(Topics.LEAD_EXPIRED, leadId);
        assertThat(expired.getOfferId()).isEqualTo(toBob.getOfferId());
        assertThat(expired.getOwner().getId()).isEqualTo(BOB.getId());
        assertThat(expired.getReason()).isEqualTo(ExpiryReason.NOT_ACKNOWLEDGED);
        LeadOffered toPriya = probe.awaitEvents(Topics.LEAD_OFFERED, leadId, 2).get(1);
        assertThat(toPriya.getCandidate().getId()).isEqualTo(PRIYA_ID);
        assertThat(toPriya.getKind()).isEqualTo(OfferKind.ROUND_ROBIN);
        assertThat(toPriya.getAttempt()).isEqualTo(1);
        assertThat(toPriya.getCandidateQuery()).isEqualTo("best");
        assertThat(toPriya.getDeadline()).isEqualTo(toPriya.getOfferedAt().plus(Duration.ofMinutes(1)));
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).isEmpty();

        // Priya reads her offer in the mail sink and follows its link, as her browser would.
        URI link = acknowledgeLink(awaitMail(leadId, "Lead offered to you: Dana Reyes (" + OFFERS_COMPANY + ")"));
        assertThat(link).hasToString(toPriya.getAcknowledgeUrl());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(link).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("The lead is yours");

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner().getId()).isEqualTo(PRIYA_ID);
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.ROUND_ROBIN_REASSIGNMENT);
        assertThat(assigned.getOfferId()).isEqualTo(toPriya.getOfferId());
        assertThat(assigned.getAcknowledgedAt()).isEqualTo(assigned.getAssignedAt());
        assertThat(assigned.getResponseId()).isEqualTo(response.getResponseId());
        LeadAssignmentRequested request = probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        assertThat(request.getPurpose()).isEqualTo(AssignmentPurpose.FINAL_OWNER);
        assertThat(request.getOwner().getId()).isEqualTo(PRIYA_ID);
        // Bob's link now says the lead is gone, and changes nothing.
        HttpResponse<String> late = http.send(HttpRequest.newBuilder(URI.create(toBob.getAcknowledgeUrl()))
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(late.statusCode()).isEqualTo(410);

        // Told: Bob of his offer and of its end (webhook), Priya of hers and of the lead that became hers (email).
        // Priya's assignment is told last: everything else about the lead was told before it.
        List<NotificationSent> told = probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 4);
        assertThat(told).extracting(sent -> sent.getRecipient().getId(), NotificationSent::getChannel,
                        NotificationSent::getTriggerEventId)
                .containsExactlyInAnyOrder(
                        tuple(BOB.getId(), NotificationChannel.WEBHOOK, toBob.getEventId()),
                        tuple(BOB.getId(), NotificationChannel.WEBHOOK, expired.getEventId()),
                        tuple(PRIYA_ID, NotificationChannel.EMAIL, toPriya.getEventId()),
                        tuple(PRIYA_ID, NotificationChannel.EMAIL, assigned.getEventId()));
        assertThat(told.get(3).getTriggerEventId()).isEqualTo(assigned.getEventId());
        assertThat(webhooks(leadId)).extracting(webhook -> webhook.path("subject").asString()).satisfiesExactly(
                offer -> assertThat(offer).startsWith("Lead offered to you: Dana Reyes (" + OFFERS_COMPANY
                        + ") - acknowledge by "),
                expiry -> assertThat(expiry).isEqualTo("Offer expired: lead " + leadId
                        + " is no longer available to you"));
        // response-service keeps the rep who acknowledged as the first owner, timed from the activation.
        JsonNode member = awaitFirstOwner(response.getResponseId());
        assertThat(member.path("firstOwner").path("id").asString()).isEqualTo(PRIYA_ID);
        assertThat(member.path("firstOwnerMethod").asString()).isEqualTo("ROUND_ROBIN_REASSIGNMENT");
        assertThat(member.path("timeToFirstOwnerMillis").asLong()).isEqualTo(assigned.getTimeToAssignMillis());
        probe.assertStaysAt(Topics.LEAD_OFFERED, leadId, 2, QUIET);
        assertThat(probe.events(Topics.LEAD_EXPIRED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.NOTIFICATION_SENT, leadId)).hasSize(4);
    }

    private static String journeyLine(Topic<?> topic, SpecificRecord event) {
        return String.format("%-30s %-20s %s", topic.name(), topic.writer(), FlowPrinter.describe(event));
    }

    private static long details(List<String> lines, int now) {
        return lines.subList(1, now).stream().filter(line -> line.startsWith(" ")).count();
    }

    @Test
    void shouldHandTheLeadToTheFallbackOwnerWhenNoEngineRoutesItInTime() {
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId).build();

        upstream.publish(Topics.RESPONSE_CREATED, response);

        List<LeadAssignmentRequested> requests = awaitRequests(leadId, 2);
        assertThat(requests).extracting(LeadAssignmentRequested::getPurpose)
                .containsExactly(AssignmentPurpose.TEMPORARY_OWNER, AssignmentPurpose.FINAL_OWNER);
        assertThat(requests.get(1).getOwner().getId()).isEqualTo(FALLBACK_OWNER_ID);
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.TIMEOUT_FALLBACK);
        assertThat(assigned.getOwner().getId()).isEqualTo(FALLBACK_OWNER_ID);
        assertThat(Duration.ofMillis(assigned.getTimeToAssignMillis())).isGreaterThanOrEqualTo(ENGINE_WAIT_TIMEOUT);

        assertThat(awaitWebhook(leadId).path("recipient").path("id").asString()).isEqualTo(FALLBACK_OWNER_ID);
        JsonNode member = awaitFirstOwner(response.getResponseId());
        assertThat(member.path("firstOwner").path("id").asString()).isEqualTo(FALLBACK_OWNER_ID);
        assertThat(member.path("firstOwnerMethod").asString()).isEqualTo("TIMEOUT_FALLBACK");

        // The engine wakes up too late: the lead stays with the fallback owner.
        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, ROUTING_QUEUE, BOB).build());
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, leadId, 1, QUIET);
    }

    @Test
    void shouldActOnceWhenUpstreamDeliversTheSameResponseTwice() {
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId).build();

        upstream.publish(Topics.RESPONSE_CREATED, response);
        upstream.publish(Topics.RESPONSE_CREATED, response);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, ROUTING_QUEUE, BOB).build());
        probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId);

        probe.assertStaysAt(Topics.RESPONSE_CREATED, leadId, 2, QUIET);
        assertThat(probe.events(Topics.RESPONSE_ACTIVATED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).hasSize(1);
        assertThat(probe.events(Topics.NOTIFICATION_SENT, leadId)).hasSize(1);
        assertThat(webhooks(leadId)).hasSize(1);
    }

    @Test
    void shouldResolveAResponseBelowTheScoreThresholdWithoutAction() {
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId)
                .setLead(TestEvents.lead().setScore(20).build()).build();

        upstream.publish(Topics.RESPONSE_CREATED, response);

        await().atMost(TopicProbe.PATIENCE).until(() -> member(response.getResponseId()).isObject());
        assertThat(member(response.getResponseId()).path("responseStatus").asString())
                .isEqualTo("Resolved - No Action Required");
        probe.assertStaysAt(Topics.RESPONSE_ACTIVATED, leadId, 0, QUIET);
        assertThat(probe.events(Topics.LEAD_ASSIGNED, leadId)).isEmpty();
    }

    @Test
    void shouldLeaveTheLeadWithAnOwnerWhoIsNotSubjectToReassignmentAndStillPublishTheOutcome() throws IOException {
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId)
                .setLead(TestEvents.lead().setOwner(ALICE).build()).build();

        upstream.publish(Topics.RESPONSE_CREATED, response);

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.OWNER_RETAINED);
        assertThat(assigned.getOwner()).isEqualTo(ALICE);
        assertThat(awaitWebhook(leadId).path("recipient").path("id").asString()).isEqualTo(ALICE.getId());
        // The embedded default tells Alice by email first, then by webhook (demo/notification-recipients.properties).
        assertThat(probe.awaitEvents(Topics.NOTIFICATION_SENT, leadId, 2))
                .extracting(NotificationSent::getChannel, NotificationSent::getDestination)
                .containsExactly(tuple(NotificationChannel.EMAIL, ALICE_ADDRESS),
                        tuple(NotificationChannel.WEBHOOK, inbox.url()));
        MailSink.Mail mail = awaitMail(leadId);
        assertThat(mail.to()).containsExactly(ALICE_ADDRESS);
        assertThat(mail.from()).isEqualTo("notifications@leadflow.localhost");
        assertThat(mail.subject()).isEqualTo("Your lead responded again: Dana Reyes (Acme Corp)");
        assertThat(mail.file().getParent()).isEqualTo(dataDir.resolve("mail"));
        assertThat(Files.readString(mail.file())).contains("To: Alice Archer <" + ALICE_ADDRESS + ">",
                "Content-Type: multipart/alternative", "X-Leadflow-Lead-Id: " + leadId);
        assertThat(awaitFirstOwner(response.getResponseId()).path("firstOwnerMethod").asString())
                .isEqualTo("OWNER_RETAINED");
        assertThat(probe.events(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId)).isEmpty();
    }

    @Test
    void shouldReactivateAResolvedResponseWhenItsScoreArrivesLateThenRouteItAndNotifyTheNewOwner() throws Exception {
        saveReactivationScenarios("""
                {"comment": "late scores",
                 "configuration": {"scenarios": [{"name": "Late score", "trigger": "SCORE", "score": {"threshold": 50},
                                                  "waitPeriod": "PT2S", "lookBack": "P1D"}]}}
                """);
        String leadId = newLeadId();
        ResponseCreated response = TestEvents.responseCreated(leadId)
                .setLead(TestEvents.lead().setScore(30).build()).build();
        upstream.publish(Topics.RESPONSE_CREATED, response);
        await().atMost(TopicProbe.PATIENCE).until(() -> member(response.getResponseId()).isObject());
        assertThat(member(response.getResponseId()).path("responseStatus").asString())
                .isEqualTo("Resolved - No Action Required");

        upstream.publish(Topics.LEAD_SCORE_CHANGED, TestEvents.scoreChanged(leadId, 30, 80).build());

        ResponseReactivationDecided decision = probe.awaitEvent(Topics.RESPONSE_REACTIVATION_DECIDED, leadId);
        assertThat(decision.getAction()).isEqualTo(ReactivationAction.REACTIVATE_RESPONSE);
        assertThat(decision.getResponseId()).isEqualTo(response.getResponseId());
        ResponseActivated activation = probe.awaitEvent(Topics.RESPONSE_ACTIVATED, leadId);
        assertThat(activation.getKind()).isEqualTo(ActivationKind.REACTIVATED);
        assertThat(activation.getResponseId()).isEqualTo(response.getResponseId());
        assertThat(activation.getReactivationDecisionId()).isEqualTo(decision.getEventId());
        assertThat(activation.getLead().getScore()).as("routed with the score that arrived late").isEqualTo(80);
        LeadAssignmentRequested parked = probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        assertThat(parked.getPurpose()).isEqualTo(AssignmentPurpose.TEMPORARY_OWNER);

        upstream.publish(Topics.LEAD_OWNER_CHANGED, TestEvents.ownerChanged(leadId, ROUTING_QUEUE, BOB).build());

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getOwner()).isEqualTo(BOB);
        assertThat(assigned.getResponseId()).isEqualTo(response.getResponseId());
        assertThat(assigned.getActivatedAt()).isEqualTo(activation.getOccurredAt());
        assertThat(probe.awaitEvent(Topics.NOTIFICATION_SENT, leadId).getRecipient()).isEqualTo(BOB);
        assertThat(awaitWebhook(leadId).path("recipient").path("id").asString()).isEqualTo(BOB.getId());
        JsonNode member = awaitFirstOwner(response.getResponseId());
        assertThat(member.path("responseStatus").asString()).isEqualTo("Active");
        assertThat(member.path("reactivationCount").asInt()).isEqualTo(1);
        assertThat(member.path("reactivationScenario").asString()).isEqualTo("Late score");
        assertThat(member.path("timeToFirstOwnerMillis").asLong()).isEqualTo(assigned.getTimeToAssignMillis());
    }

    private static void saveReactivationScenarios(String change) throws IOException, InterruptedException {
        HttpResponse<String> saved = http.send(authorized(platform.url(Service.REACTIVATION) + "/reactivation/configuration")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    private static void saveRouting(String change) throws IOException, InterruptedException {
        HttpResponse<String> saved = http.send(authorized(platform.url(Service.ASSIGNMENT) + "/routing/configuration")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /** The link under "Acknowledge the offer:" in the plain-text part of a mail, decoded as a mail client does. */
    private static URI acknowledgeLink(MailSink.Mail mail) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(mail.file())) {
            MimeMultipart parts = (MimeMultipart) new MimeMessage(Session.getInstance(new Properties()), in).getContent();
            List<String> text = ((String) parts.getBodyPart(0).getContent()).lines().toList();
            return URI.create(text.get(text.indexOf("Acknowledge the offer:") + 1));
        }
    }

    private static MailSink.Mail awaitMail(String leadId, String subjectStart) {
        await().atMost(TopicProbe.PATIENCE).until(() -> mailed.stream()
                .anyMatch(mail -> leadId.equals(mail.leadId()) && mail.subject().startsWith(subjectStart)));
        return mailed.stream().filter(mail -> leadId.equals(mail.leadId()) && mail.subject().startsWith(subjectStart))
                .findFirst().orElseThrow();
    }

    /** A request as an operator with a token the launcher's keys signed, as {@code --token} prints one. */
    private static HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + platform.accessKeys().token("ops@example.com", "Ops"));
    }

    private static List<LeadAssignmentRequested> awaitRequests(String leadId, int count) {
        return probe.awaitEvents(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId, count);
    }

    private static MailSink.Mail awaitMail(String leadId) {
        await().atMost(TopicProbe.PATIENCE).until(() -> mailed.stream().anyMatch(mail -> leadId.equals(mail.leadId())));
        List<MailSink.Mail> mails = mailed.stream().filter(mail -> leadId.equals(mail.leadId())).toList();
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<JsonNode> webhooks(String leadId) {
        return received.stream().filter(n -> leadId.equals(n.path("leadId").asString())).toList();
    }

    private static JsonNode awaitWebhook(String leadId) {
        await().atMost(TopicProbe.PATIENCE).until(() -> !webhooks(leadId).isEmpty());
        return webhooks(leadId).get(0);
    }

    private static JsonNode awaitFirstOwner(String responseId) {
        await().atMost(TopicProbe.PATIENCE).until(() -> member(responseId).path("firstOwner").isObject());
        return member(responseId);
    }

    private static JsonNode member(String responseId) {
        HttpRequest request = authorized(platform.url(Service.RESPONSE) + "/campaign-members/" + responseId).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()) : json.missingNode();
        } catch (IOException e) {
            return json.missingNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return json.missingNode();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
