package io.leadflow.response.web;

import io.leadflow.response.domain.CampaignMembers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read access to campaign members, for dashboards and the demo. */
@RestController
class CampaignMemberController {

    private final CampaignMembers members;

    CampaignMemberController(CampaignMembers members) {
        this.members = members;
    }

    @GetMapping("/campaign-members/{responseId}")
    CampaignMemberView campaignMember(@PathVariable String responseId) {
        return members.find(responseId)
                .map(CampaignMemberView::of)
                .orElseThrow(() -> new CampaignMemberNotFoundException(responseId));
    }

    /** The lead's campaign members, the most recent response first; empty for a lead never seen. */
    @GetMapping("/leads/{leadId}/campaign-members")
    List<CampaignMemberView> campaignMembersOfLead(@PathVariable String leadId) {
        return members.findByLead(leadId).stream().map(CampaignMemberView::of).toList();
    }

    @ExceptionHandler
    ProblemDetail notFound(CampaignMemberNotFoundException unknown) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
    }

    static final class CampaignMemberNotFoundException extends RuntimeException {

        CampaignMemberNotFoundException(String responseId) {
            super("no campaign member " + responseId);
        }
    }
}
