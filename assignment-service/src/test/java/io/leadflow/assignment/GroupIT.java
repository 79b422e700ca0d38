package io.leadflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAcknowledged;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadLockRequested;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.LeadTimelineRecorded;
import io.leadflow.events.Permission;
import io.leadflow.events.PermissionScope;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.UserChanged;
import io.leadflow.events.UserGroupChanged;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestEvents;
import io.leadflow.testsupport.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * Reassignment groups over REST and the broker, with the company directory from its topics (seed 002). The West
 * office has a subgroup Seattle; East is another office. Isa is an inside sales agent in Seattle; Wendy manages lead
 * distribution for West (scope USERS_GROUP), Evan for East; Tina has only the team permission; ops@example.com is
 * the configured administrator the other tests call as.
 */
class GroupIT extends RoutingIntegrationTest {

    private static final Duration CLAIM_WINDOW = Duration.ofMinutes(15);

    TopicProbe groupEvents;
    String west;
    String seattle;
    String east;
    String isa;
    String wendy;
    String evan;
    String tina;
    RoutingUser ann;
    RoutingUser ben;
    RoutingUser dora;
    String group;

    @BeforeEach
    void setUpTheCompany() {
        groupEvents = TopicProbe.start(LeadflowTestInfrastructure.kafkaBootstrapServers(), Topics.LEAD_OFFERED,
                Topics.LEAD_LOCK_REQUESTED, Topics.LEAD_TIMELINE_RECORDED);
        west = "west-" + unique;
        seattle = "seattle-" + unique;
        east = "east-" + unique;
        isa = "isa-" + unique;
        wendy = "wendy-" + unique;
        evan = "evan-" + unique;
        tina = "tina-" + unique;
        upstream.publish(Topics.USER_GROUP_CHANGED, userGroup(west, "West", null));
        upstream.publish(Topics.USER_GROUP_CHANGED, userGroup(seattle, "Seattle", west));
        upstream.publish(Topics.USER_GROUP_CHANGED, userGroup(east, "East", null));
        upstream.publish(Topics.USER_CHANGED, user(isa, seattle, PermissionScope.USERS_GROUP));
        upstream.publish(Topics.USER_CHANGED, user(wendy, west, PermissionScope.USERS_GROUP,
                Permission.MANAGE_LEAD_DISTRIBUTION));
        upstream.publish(Topics.USER_CHANGED, user(evan, east, PermissionScope.USERS_GROUP,
                Permission.MANAGE_LEAD_DISTRIBUTION));
        upstream.publish(Topics.USER_CHANGED, user(tina, west, PermissionScope.ENTIRE_COMPANY,
                Permission.TEAM_FEATURES));
        await().atMost(TopicProbe.PATIENCE).until(() -> directory.user(tina).isPresent()
                && directory.groups().containsKey(east));
        ann = user("Ann");
        ben = user("Ben");
        dora = user("Dora");
        configure(new RoutingConfiguration(Target.user(ann.id()), List.of(), null, List.of(), List.of(ann, ben, dora),
                List.of(), List.of()));
        group = "Closers " + unique;
    }

    @AfterEach
    void closeGroupProbe() {
        groupEvents.close();
    }

    @Test
    void shouldOfferTheLeadToAMemberLockItAndRecordTheTimelineWhenTheyClaimIt() {
        assertThat(saveGroup(wendy, west, List.of(west)).status()).isEqualTo(HttpStatus.OK);
        String leadId = routedLead();

        ApiClient.Response sent = sendToGroup(isa, leadId, "PRIMARY_AGENT");

        assertThat(sent.status()).isEqualTo(HttpStatus.OK);
        assertThat(sent.json().get("state").asString()).isEqualTo("OFFERED");
        LeadOffered offered = groupEvents.awaitEvent(Topics.LEAD_OFFERED, leadId);
        assertThat(offered.getCandidate().getId()).isEqualTo(ann.id());
        LeadLockRequested lock = groupEvents.awaitEvent(Topics.LEAD_LOCK_REQUESTED, leadId);
        assertThat(lock.getLocked()).isTrue();
        assertThat(lock.getReason()).isEqualTo("Re-Assign in progress (reassignment group " + group + ")");
        assertThat(lock.getTriggeredBy()).isEqualTo(isa);
        assertThat(http.get("/leads/" + leadId + "/roles").json().get("lock").get("group").asString())
                .isEqualTo(group);

        ApiClient.Response again = sendToGroup(isa, leadId, "PRIMARY_AGENT");
        ApiClient.Response manual = http.post("/reassignments", Map.of("leadIds", List.of(leadId),
                "to", Map.of("type", "USER", "id", ben.id())));
        assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.json().get("detail").asString()).contains("locked").contains(group).contains(isa);
        assertThat(manual.status()).isEqualTo(HttpStatus.CONFLICT);

        clock.advance(Duration.ofMinutes(3));
        upstream.publish(Topics.LEAD_ACKNOWLEDGED, LeadAcknowledged.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(clock.instant()).setCorrelationId("c")
                .setLeadId(leadId).setAcknowledgedBy(TestEvents.user(ann.id(), ann.name()))
                .setOfferId(offered.getOfferId()).build());

        LeadAssigned claimed = probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 2).get(1);
        assertThat(claimed.getMethod()).isEqualTo(AssignmentMethod.GROUP_CLAIM);
        assertThat(claimed.getOwner().getId()).isEqualTo(ann.id());
        List<LeadLockRequested> locks = groupEvents.awaitEvents(Topics.LEAD_LOCK_REQUESTED, leadId, 2);
        assertThat(locks.get(1).getLocked()).isFalse();
        LeadTimelineRecorded timeline = groupEvents.awaitEvent(Topics.LEAD_TIMELINE_RECORDED, leadId);
        assertThat(timeline.getText()).isEqualTo(isa + " sent the lead to reassignment group '" + group + "'; Ann"
                + " claimed it after 3m");
        assertThat(timeline.getDurationMillis()).isEqualTo(Duration.ofMinutes(3).toMillis());
        JsonNode records = http.get("/leads/" + leadId + "/timeline").json();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("triggeredBy").asString()).isEqualTo(isa);
        assertThat(http.get("/leads/" + leadId + "/roles").json().get("lock").isNull()).isTrue();
    }

    @Test
    void shouldGiveTheLeadToTheDefaultAssigneeWhenNobodyClaimsItAndRefuseRoutingMeanwhile() {
        saveGroup(wendy, west, List.of());
        String leadId = routedLead();
        sendToGroup(isa, leadId, "primary_agent");
        groupEvents.awaitEvent(Topics.LEAD_LOCK_REQUESTED, leadId);
        ResponseActivated meanwhile = activation(leadId).build();
        upstream.publish(Topics.RESPONSE_ACTIVATED, meanwhile);
        assertThat(awaitAssignment(meanwhile.getResponseId()).state()).isEqualTo(AssignmentState.NOT_ROUTED);
        assertThat(assignments.find(meanwhile.getResponseId()).orElseThrow().reason())
                .contains("the lead's primary agent is locked").contains(group);

        clock.advance(CLAIM_WINDOW.plusSeconds(1));

        LeadAssigned fallback = probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 2).get(1);
        assertThat(fallback.getMethod()).isEqualTo(AssignmentMethod.GROUP_DEFAULT_ASSIGNEE);
        assertThat(fallback.getOwner().getId()).isEqualTo(dora.id());
        assertThat(groupEvents.awaitEvent(Topics.LEAD_TIMELINE_RECORDED, leadId).getText())
                .isEqualTo(isa + " sent the lead to reassignment group '" + group + "'; nobody claimed it within 15m,"
                        + " so Dora (the default assignee) got it after 15m 1s");
    }

    @Test
    void shouldRefuseAnyRoleButThePrimaryAgentAndHideAGroupNotAvailableToTheCaller() {
        saveGroup(wendy, west, List.of(west));
        String leadId = routedLead();

        ApiClient.Response lender = sendToGroup(isa, leadId, "LENDER");
        ApiClient.Response outsider = sendToGroup(evan, leadId, "PRIMARY_AGENT");

        assertThat(lender.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(lender.json().get("detail").asString()).startsWith("Only the primary agent role can be replaced");
        assertThat(outsider.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(names(http.as(isa).get("/leads/" + leadId + "/reassignment-groups").json())).contains(group);
        assertThat(names(http.as(evan).get("/leads/" + leadId + "/reassignment-groups").json())).doesNotContain(group);
    }

    @Test
    void shouldLetEditorsChangeOnlyTheGroupsTheirPermissionAndScopeCover() {
        ApiClient.Response byAgent = saveGroup(isa, west, List.of());
        ApiClient.Response byTeamPermission = saveGroup(tina, west, List.of());
        ApiClient.Response outsideTheirGroup = saveGroup(evan, west, List.of());
        ApiClient.Response forASubgroup = saveGroup(wendy, seattle, List.of());
        ApiClient.Response deletedByEast = http.as(evan).delete("/reassignment-groups/" + group);
        ApiClient.Response routingByGroupScope = http.as(wendy).put("/routing/configuration",
                Map.of("comment", "west only", "configuration", RoutingConfiguration.DEFAULT));

        assertThat(byAgent.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAgent.json().get("detail").asString()).contains("lacks the permission MANAGE_LEAD_DISTRIBUTION");
        assertThat(byTeamPermission.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsideTheirGroup.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsideTheirGroup.json().get("detail").asString()).contains("scope USERS_GROUP");
        assertThat(forASubgroup.status()).isEqualTo(HttpStatus.OK);
        assertThat(forASubgroup.json().get("group").get("changedBy").asString()).isEqualTo(wendy);
        assertThat(deletedByEast.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(routingByGroupScope.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(routingByGroupScope.json().get("detail").asString()).contains("needs the scope ENTIRE_COMPANY");
        assertThat(http.as(wendy).delete("/reassignment-groups/" + group).status()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.anonymous().put("/reassignment-groups/" + group, Map.of()).status())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldReplaceAnOwnerWhoIsNotSubjectToReassignmentWhenAPersonReassignsTheLeadToAUser() {
        String leadId = routedLead();

        ApiClient.Response manual = http.post("/reassignments", Map.of("leadIds", List.of(leadId),
                "to", Map.of("type", "USER", "id", ben.id())));

        assertThat(manual.status()).isEqualTo(HttpStatus.OK);
        LeadAssigned toBen = probe.awaitEvents(Topics.LEAD_ASSIGNED, leadId, 2).get(1);
        assertThat(toBen.getMethod()).isEqualTo(AssignmentMethod.MANUAL_REASSIGNMENT);
        assertThat(toBen.getOwner().getId()).isEqualTo(ben.id());
        assertThat(toBen.getPreviousOwner().getId()).isEqualTo(ann.id());
    }

    @Test
    void shouldRefuseAGroupWithUnknownAssigneesWithEveryErrorAndItsPath() {
        ApiClient.Response invalid = http.as(wendy).put("/reassignment-groups/" + group, Map.of("group", Map.of(
                "ownerGroup", west, "users", List.of(Map.of("userId", "005-nobody")), "defaultAssignee", "",
                "claimWindow", "PT0S")));

        assertThat(invalid.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.json().get("errors").findValuesAsString("path"))
                .containsExactly("method", "claimWindow", "users[0].userId", "defaultAssignee");
    }

    private ApiClient.Response saveGroup(String editor, String ownerGroup, List<String> availableTo) {
        return http.as(editor).put("/reassignment-groups/" + group, Map.of("group", Map.of(
                "ownerGroup", ownerGroup, "availableTo", availableTo,
                "users", List.of(Map.of("userId", ann.id()), Map.of("userId", ben.id())),
                "defaultAssignee", dora.id(), "claimWindow", CLAIM_WINDOW.toString(), "method", "ROUND_ROBIN")));
    }

    private ApiClient.Response sendToGroup(String caller, String leadId, String role) {
        return http.as(caller).post("/leads/" + leadId + "/roles/" + role + "/reassignment", Map.of("group", group));
    }

    /** A lead routed to Ann (the configuration's activation target), so leadflow knows it. */
    private String routedLead() {
        String leadId = activateLeads(1).get(0).getLeadId();
        probe.awaitEvent(Topics.LEAD_ASSIGNED, leadId);
        return leadId;
    }

    private static List<String> names(JsonNode groups) {
        List<String> names = new ArrayList<>();
        groups.forEach(each -> names.add(each.get("name").asString()));
        return names;
    }

    private UserGroupChanged userGroup(String id, String name, String parent) {
        return UserGroupChanged.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(clock.instant())
                .setGroupId(id).setName(name).setParentGroupId(parent).build();
    }

    private UserChanged user(String id, String groupId, PermissionScope scope, Permission... permissions) {
        return UserChanged.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(clock.instant())
                .setUserId(id).setName(id).setGroupId(groupId).setPermissions(List.of(permissions)).setScope(scope)
                .build();
    }
}
