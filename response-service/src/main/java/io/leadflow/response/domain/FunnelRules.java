package io.leadflow.response.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The funnel criteria that make a response a new active response (an MQL), and the lead statuses that
 * close a lead's funnel. Lead statuses are compared ignoring case, as CRMs are not consistent about it.
 *
 * @param minScore lowest lead score that qualifies; a lead without a score does not qualify
 * @param qualifyingLeadStatuses lead statuses that qualify; empty means any status
 * @param acceptNonResponses whether a non-response (e.g. an email sent) can qualify
 * @param oneActiveResponsePerLead whether a lead can have at most one open active response
 * @param closedLeadStatuses lead statuses that close the lead's open active response
 * @param responsePromptCampaigns campaigns whose responses never become the active response themselves: a
 *     reactivation scenario (reactivation-service's RESPONSE_PROMPT) revives a recent response instead
 */
public record FunnelRules(
        int minScore,
        List<String> qualifyingLeadStatuses,
        boolean acceptNonResponses,
        boolean oneActiveResponsePerLead,
        List<String> closedLeadStatuses,
        List<String> responsePromptCampaigns) {

    public FunnelRules {
        qualifyingLeadStatuses = List.copyOf(qualifyingLeadStatuses);
        closedLeadStatuses = List.copyOf(closedLeadStatuses);
        responsePromptCampaigns = List.copyOf(responsePromptCampaigns);
    }

    /** Rules without response-prompt campaigns. */
    public FunnelRules(int minScore, List<String> qualifyingLeadStatuses, boolean acceptNonResponses,
            boolean oneActiveResponsePerLead, List<String> closedLeadStatuses) {
        this(minScore, qualifyingLeadStatuses, acceptNonResponses, oneActiveResponsePerLead, closedLeadStatuses,
                List.of());
    }

    /** Checks every criterion, so the verdict names all the reasons a response does not qualify. */
    public FunnelVerdict evaluate(CampaignResponse response) {
        List<String> unmet = new ArrayList<>();
        if (responsePromptCampaigns.contains(response.campaignId())) {
            unmet.add("a response to the response-prompt campaign " + (response.campaignName() == null
                    ? response.campaignId() : response.campaignName()) + " never becomes the active response itself "
                    + "(a reactivation scenario revives a recent response instead)");
        }
        if (!response.responded() && !acceptNonResponses) {
            unmet.add("a non-response (member status " + response.memberStatus() + ") does not qualify");
        }
        Integer score = response.lead().score();
        if (score == null) {
            unmet.add("the lead has no score (the threshold is " + minScore + ")");
        } else if (score < minScore) {
            unmet.add("score " + score + " is below the threshold " + minScore);
        }
        String status = response.lead().status();
        if (!qualifyingLeadStatuses.isEmpty() && !contains(qualifyingLeadStatuses, status)) {
            String qualifying = String.join(", ", qualifyingLeadStatuses);
            unmet.add(status == null
                    ? "the lead has no status (qualifying statuses: " + qualifying + ")"
                    : "lead status " + status + " is not one of " + qualifying);
        }
        return new FunnelVerdict(unmet);
    }

    public boolean closesFunnel(String leadStatus) {
        return contains(closedLeadStatuses, leadStatus);
    }

    private static boolean contains(List<String> statuses, String status) {
        return status != null && statuses.stream().anyMatch(status::equalsIgnoreCase);
    }
}
