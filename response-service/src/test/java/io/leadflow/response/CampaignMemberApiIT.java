package io.leadflow.response;

import static io.leadflow.testsupport.TestEvents.lead;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static io.leadflow.testsupport.TestEvents.responseCreated;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

class CampaignMemberApiIT extends ResponseServiceIT {

    @Test
    void shouldListTheLeadsCampaignMembersMostRecentResponseFirst() {
        String leadId = newLeadId();
        ResponseCreated recent = responseCreated(leadId).build();
        ResponseCreated older = responseCreated(leadId).setOccurredAt(recent.getOccurredAt().minusSeconds(3600))
                .setLead(lead().setScore(20).build()).build();
        publish(Topics.RESPONSE_CREATED, recent);
        publish(Topics.RESPONSE_CREATED, older);
        awaitCampaignMember(older.getResponseId(), "Resolved - No Action Required");

        ResponseEntity<JsonNode> listed = get("/leads/{leadId}/campaign-members", leadId);

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody().valueStream().map(member -> member.get("responseId").asString()).toList())
                .containsExactly(recent.getResponseId(), older.getResponseId());
        assertThat(listed.getBody().get(0)).isEqualTo(campaignMember(recent.getResponseId()));
    }

    @Test
    void shouldListNothingForALeadWithoutCampaignMembers() {
        ResponseEntity<JsonNode> listed = get("/leads/{leadId}/campaign-members", newLeadId());

        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody().isArray()).isTrue();
        assertThat(listed.getBody().valueStream().toList()).isEqualTo(List.of());
    }

    @Test
    void shouldAnswerNotFoundWithAJsonErrorForAnUnknownCampaignMember() {
        ResponseEntity<JsonNode> unknown = get("/campaign-members/{responseId}", "00v-unknown");

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown.getBody().get("status").asInt()).isEqualTo(404);
        assertThat(unknown.getBody().get("detail").asString()).isEqualTo("no campaign member 00v-unknown");
    }
}
