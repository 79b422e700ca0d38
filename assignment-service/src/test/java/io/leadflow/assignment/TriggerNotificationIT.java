package io.leadflow.assignment;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.BOB;
import static io.leadflow.testsupport.TestEvents.ROUTING_QUEUE;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.routing.AssignmentRule;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import io.leadflow.events.ActivationKind;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAttributes;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.RoutingExplanation;
import io.leadflow.platform.events.EventIds;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.OlderWriter;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;

/**
 * {@code response.activated}'s {@code triggerNotification} reaches {@code lead.assigned} on every path that ends
 * in one: leadflow's own routing (a user, assignment rules, a distribution rule, the hopper and a later claim),
 * a retained owner, the external engine (waited for, or answered before the activation arrived), the timeout.
 * An activation written before the flag existed, and an assignment stored before it did, tell the owner.
 */
class TriggerNotificationIT extends RoutingIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void shouldTellNobodyOfTheUserTheActivationTargetNamesWhenTheActivationSaysSo() {
        RoutingUser anna = user("Anna");
        configure(new RoutingConfiguration(Target.user(anna.id()), List.of(), null, List.of(), List.of(anna),
                List.of(), List.of()));
        ResponseActivated untold = activation(newLeadId()).setTriggerNotification(false).build();
        ResponseActivated olderWriter = activation(newLeadId()).build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, untold);
        upstream.publishRaw(Topics.RESPONSE_ACTIVATED, olderWriter.getLeadId(), OlderWriter.encode(olderWriter, 1));

        assertThat(awaitAssigned(List.of(untold, olderWriter)))
                .extracting(LeadAssigned::getMethod, event -> event.getOwner().getId(),
                        LeadAssigned::getTriggerNotification)
                .containsExactly(tuple(AssignmentMethod.DIRECT, anna.id(), false),
                        tuple(AssignmentMethod.DIRECT, anna.id(), true));
        assertThat(assignments.find(untold.getResponseId()).orElseThrow().triggerNotification()).isFalse();
        assertThat(http.get("/assignments/" + untold.getResponseId()).json().get("activation")
                .get("triggerNotification").asBoolean()).isFalse();
    }

    @Test
    void shouldTellNobodyOfTheOwnerRulesAPoolOrTheHopperGaveTheLeadNorOfALaterClaimOfIt() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        RoutingUser cara = user("Cara");
        String pool = "pool-" + unique;
        configure(new RoutingConfiguration(Target.assignmentRules(), List.of(
                new AssignmentRule("Germany", Criteria.all(Condition.of("country", Operator.IN, "DE")),
                        Target.user(anna.id())),
                new AssignmentRule("France", Criteria.all(Condition.of("country", Operator.IN, "FR")),
                        Target.distributionRule(pool))),
                Target.hopper(cara.id()),
                List.of(new DistributionRule(pool, DistributionMethod.ROUND_ROBIN, List.of(Member.of(ben.id())),
                        null, null)),
                List.of(anna, ben, cara), List.of(), List.of()));
        ResponseActivated german = untoldFrom("DE");
        ResponseActivated french = untoldFrom("FR");
        ResponseActivated american = untoldFrom("US");
        List.of(german, french, american)
                .forEach(activation -> upstream.publish(Topics.RESPONSE_ACTIVATED, activation));

        assertThat(awaitAssigned(List.of(german, french, american)))
                .extracting(LeadAssigned::getMethod, event -> event.getOwner().getId(),
                        LeadAssigned::getTriggerNotification)
                .containsExactly(tuple(AssignmentMethod.ASSIGNMENT_RULE, anna.id(), false),
                        tuple(AssignmentMethod.ROUND_ROBIN, ben.id(), false),
                        tuple(AssignmentMethod.HOPPER, cara.id(), false));

        ApiClient.Response claim = http.as(anna.id()).post("/hopper/" + american.getResponseId() + "/claim");

        assertThat(claim.status()).isEqualTo(HttpStatus.OK);
        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNED, american.getLeadId(), 2).get(1))
                .extracting(LeadAssigned::getMethod, event -> event.getOwner().getId(),
                        LeadAssigned::getTriggerNotification)
                .containsExactly(AssignmentMethod.HOPPER_CLAIM, anna.id(), false);
    }

    @Test
    void shouldTellNobodyOfTheOwnerWhoKeepsTheLeadWhenTheActivationSaysSo() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).setTriggerNotification(false)
                .setKind(ActivationKind.REACTIVATED).setReactivationScenario("quiet-nurture")
                .setLead(TestEvents.lead().setOwner(ALICE).build())
                .build();

        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);

        String reason = "Alice Archer (005-alice) is not subject to reassignment and keeps the lead";
        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 1)).containsExactly(LeadAssigned.newBuilder()
                .setEventId(EventIds.derived("lead.assigned", Round.reactivation(activation.getEventId(), null, null)
                        .assignmentId(activation.getResponseId())))
                .setOccurredAt(activation.getOccurredAt())
                .setCorrelationId(activation.getCorrelationId()).setLeadId(leadId)
                .setResponseId(activation.getResponseId()).setCampaignId(activation.getCampaignId())
                .setOwner(ALICE).setPreviousOwner(ALICE).setMethod(AssignmentMethod.OWNER_RETAINED)
                .setReason(reason)
                .setActivatedAt(activation.getOccurredAt()).setAssignedAt(activation.getOccurredAt())
                .setTimeToAssignMillis(0)
                .setLead(activation.getLead())
                .setExplanation(RoutingExplanation.newBuilder().setSummary(reason).setSteps(List.of(reason)).build())
                .setTriggerNotification(false)
                .build());
    }

    @Test
    void shouldTellNobodyOfTheEnginesOwnerOrTheFallbackOwnerWhenTheActivationSaysSo() {
        ResponseActivated waited = activation(newLeadId()).setTriggerNotification(false).build();
        ResponseActivated answeredEarly = activation(newLeadId()).setTriggerNotification(false).build();
        ResponseActivated timedOut = activation(newLeadId()).setTriggerNotification(false).build();
        LeadOwnerChanged earlyMove = ownerChange(answeredEarly.getLeadId(), ROUTING_QUEUE, ALICE,
                answeredEarly.getOccurredAt().plusSeconds(3));
        upstream.publish(Topics.LEAD_OWNER_CHANGED, earlyMove);
        awaitRecorded(earlyMove);
        List.of(waited, answeredEarly, timedOut).forEach(activation -> upstream.publish(Topics.RESPONSE_ACTIVATED,
                activation));
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, waited.getLeadId());
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, timedOut.getLeadId());

        upstream.publish(Topics.LEAD_OWNER_CHANGED, ownerChange(waited.getLeadId(), ROUTING_QUEUE, BOB,
                waited.getOccurredAt().plusSeconds(30)));
        probe.awaitEvent(Topics.LEAD_ASSIGNED, waited.getLeadId());
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(awaitAssigned(List.of(waited, answeredEarly, timedOut)))
                .extracting(LeadAssigned::getMethod, event -> event.getOwner().getId(),
                        LeadAssigned::getTriggerNotification)
                .containsExactly(tuple(AssignmentMethod.EXTERNAL_ENGINE, BOB.getId(), false),
                        tuple(AssignmentMethod.EXTERNAL_ENGINE, ALICE.getId(), false),
                        tuple(AssignmentMethod.TIMEOUT_FALLBACK, "00G-sdr", false));
    }

    @Test
    void shouldTellTheOwnerOfAnAssignmentStoredBeforeTheFlagExisted() {
        String leadId = newLeadId();
        ResponseActivated activation = activation(leadId).setTriggerNotification(false).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, activation);
        probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, leadId);
        await().atMost(TopicProbe.PATIENCE).until(() -> assignments.find(activation.getResponseId())
                .filter(stored -> stored.state() == AssignmentState.WAITING_FOR_ENGINE && stored.published())
                .isPresent());
        // What the service stored before rounds and the flag existed: none of their fields.
        mongo.updateFirst(query(where("_id").is(activation.getResponseId())), new Update().unset("responseId")
                .unset("activationEventId").unset("activationKind").unset("triggerNotification")
                .unset("reactivationScenario").unset("reactivationDecisionId"), "assignments");

        upstream.publish(Topics.LEAD_OWNER_CHANGED, ownerChange(leadId, ROUTING_QUEUE, BOB,
                activation.getOccurredAt().plusSeconds(5)));

        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        assertThat(assigned.getTriggerNotification()).isTrue();
        assertThat(assigned.getEventId()).isEqualTo(EventIds.derived("lead.assigned", activation.getResponseId()));
        assertThat(assigned.getResponseId()).isEqualTo(activation.getResponseId());
        assertThat(http.get("/leads/" + leadId + "/assignments").json().get(0).get("activation").get("kind")
                .asString()).isEqualTo("UNKNOWN");
    }

    private ResponseActivated untoldFrom(String country) {
        LeadAttributes attributes = LeadAttributes.newBuilder(TestEvents.lead().getAttributes())
                .setCountry(country).build();
        return activation(newLeadId()).setLead(TestEvents.lead().setAttributes(attributes).build())
                .setTriggerNotification(false).build();
    }
}
