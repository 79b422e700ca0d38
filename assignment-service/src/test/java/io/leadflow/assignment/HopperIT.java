package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.AssignmentPurpose;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadUnassignmentRequested;
import io.leadflow.events.ResponseActivated;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TestEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** The hopper: leads wait there, users claim them over HTTP, and exactly one claim wins. */
class HopperIT extends RoutingIntegrationTest {

    @Test
    void shouldLetExactlyOneOfManyUsersRacingForAHopperLeadClaimIt() throws Exception {
        List<RoutingUser> sharks = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            sharks.add(user("Shark" + i));
        }
        configure(hopper(null, sharks));
        ResponseActivated activation = activateLeads(1).get(0);
        // The CRM is asked to show the lead unassigned (it would keep showing the Inbound Leads Queue otherwise).
        LeadUnassignmentRequested unassign = probe.awaitEvent(Topics.LEAD_UNASSIGNMENT_REQUESTED,
                activation.getLeadId());
        assertThat(unassign.getPreviousOwner()).isEqualTo(TestEvents.INBOUND_QUEUE);
        assertThat(unassign.getResponseId()).isEqualTo(activation.getResponseId());
        assertThat(assignments.find(activation.getResponseId()).orElseThrow().state())
                .isEqualTo(AssignmentState.IN_HOPPER);
        assertThat(responseIdsIn(http.get("/hopper?limit=1000").json())).contains(activation.getResponseId());

        List<ApiClient.Response> answers = claimAllAtOnce(activation.getResponseId(), sharks);

        List<ApiClient.Response> won = answers.stream().filter(answer -> answer.status() == HttpStatus.OK).toList();
        assertThat(won).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == HttpStatus.CONFLICT).hasSize(7);
        String winner = won.get(0).json().get("finalOwner").get("id").asString();
        LeadAssigned assigned = probe.awaitEvent(Topics.LEAD_ASSIGNED, activation.getLeadId());
        assertThat(assigned.getOwner().getId()).isEqualTo(winner);
        assertThat(assigned.getMethod()).isEqualTo(AssignmentMethod.HOPPER_CLAIM);
        assertThat(assigned.getPreviousOwner()).isEqualTo(TestEvents.INBOUND_QUEUE);
        LeadAssignmentRequested request = probe.awaitEvent(Topics.LEAD_ASSIGNMENT_REQUESTED, activation.getLeadId());
        assertThat(request.getPurpose()).isEqualTo(AssignmentPurpose.FINAL_OWNER);
        assertThat(request.getOwner().getId()).isEqualTo(winner);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, activation.getLeadId(), 1, QUIET);
        assertThat(responseIdsIn(http.get("/hopper?limit=1000").json())).doesNotContain(activation.getResponseId());
        assertThat(answers).filteredOn(answer -> answer.status() == HttpStatus.CONFLICT)
                .allSatisfy(answer -> assertThat(answer.json().get("detail").asString())
                        .contains("was claimed by").contains(winner));
    }

    @Test
    void shouldAssignAHopperLeadToItsOwnerAndLetAnotherUserClaimItFromThem() {
        RoutingUser anna = user("Anna");
        RoutingUser ben = user("Ben");
        configure(hopper(anna.id(), List.of(anna, ben)));
        ResponseActivated activation = activateLeads(1).get(0);
        LeadAssigned toAnna = probe.awaitEvent(Topics.LEAD_ASSIGNED, activation.getLeadId());

        ApiClient.Response claim = http.as(ben.id()).post("/hopper/" + activation.getResponseId() + "/claim");

        assertThat(claim.status()).isEqualTo(HttpStatus.OK);
        List<LeadAssigned> assigned = probe.awaitEvents(Topics.LEAD_ASSIGNED, activation.getLeadId(), 2);
        assertThat(toAnna.getMethod()).isEqualTo(AssignmentMethod.HOPPER);
        assertThat(toAnna.getOwner().getId()).isEqualTo(anna.id());
        assertThat(assigned.get(1).getMethod()).isEqualTo(AssignmentMethod.HOPPER_CLAIM);
        assertThat(assigned.get(1).getOwner().getId()).isEqualTo(ben.id());
        assertThat(assigned.get(1).getPreviousOwner().getId()).isEqualTo(anna.id());
        assertThat(assigned.get(1).getEventId()).isNotEqualTo(toAnna.getEventId());
        assertThat(assigned.get(1).getExplanation().getSummary()).isEqualTo("Ben claimed the lead from the hopper, "
                + "taking it from Anna");
        assertThat(probe.awaitEvents(Topics.LEAD_ASSIGNMENT_REQUESTED, activation.getLeadId(), 2))
                .extracting(request -> request.getOwner().getId()).containsExactly(anna.id(), ben.id());
    }

    @Test
    void shouldRefuseAClaimByAUserOutsideTheDirectoryOrOfAnUnknownResponse() {
        RoutingUser anna = user("Anna");
        configure(hopper(null, List.of(anna)));
        ResponseActivated activation = activateLeads(1).get(0);
        awaitAssignment(activation.getResponseId());

        ApiClient.Response stranger = http.as("005-stranger").post("/hopper/" + activation.getResponseId() + "/claim");
        ApiClient.Response unknown = http.as(anna.id()).post("/hopper/00v-unknown/claim");

        assertThat(stranger.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(stranger.json().get("detail").asString())
                .isEqualTo("user 005-stranger is not in the routing configuration's user directory");
        assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(assignments.find(activation.getResponseId()).orElseThrow().state())
                .isEqualTo(AssignmentState.IN_HOPPER);
        probe.assertStaysAt(Topics.LEAD_ASSIGNED, activation.getLeadId(), 0, QUIET);
    }

    private RoutingConfiguration hopper(String ownerId, List<RoutingUser> users) {
        return new RoutingConfiguration(Target.hopper(ownerId), List.of(), null, List.of(), users, List.of(),
                List.of());
    }

    private List<ApiClient.Response> claimAllAtOnce(String responseId, List<RoutingUser> users) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(users.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> claims = new ArrayList<>();
        for (RoutingUser user : users) {
            claims.add(threads.submit(() -> {
                start.await();
                return http.as(user.id()).post("/hopper/" + responseId + "/claim");
            }));
        }
        start.countDown();
        List<ApiClient.Response> answers = new ArrayList<>();
        for (Future<ApiClient.Response> claim : claims) {
            answers.add(claim.get());
        }
        threads.shutdown();
        return answers;
    }

    private static List<String> responseIdsIn(JsonNode hopper) {
        return hopper.valueStream().map(entry -> entry.get("responseId").asString()).toList();
    }
}
