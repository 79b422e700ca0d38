package io.leadflow.response.domain;

import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.events.InvalidEventException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A reactivation scenario decided how a lead re-enters the funnel ({@code response.reactivation.decided}).
 * Constructing one checks the rules the schema cannot express, so an invalid decision is dead-lettered with the
 * reason instead of being applied.
 *
 * @param occurredAt when the decision was made; a default member inserted by it responded then
 * @param responseId the campaign member to activate, for {@code REACTIVATE_RESPONSE} and
 *     {@code ACTIVATE_NON_RESPONSE}
 * @param defaultCampaignId the campaign of the member to insert, for {@code INSERT_DEFAULT_MEMBER}
 * @param lead the lead as reactivation-service knew it when it decided; null from writers before v2
 * @param reason why the scenario fired, in a sentence; may be null
 */
public record ReactivationDecision(
        String eventId,
        String leadId,
        String correlationId,
        Instant occurredAt,
        String scenario,
        ReactivationAction action,
        String responseId,
        String defaultCampaignId,
        String defaultCampaignName,
        boolean triggerAssignment,
        boolean triggerNotification,
        LeadSnapshot lead,
        String reason) {

    public ReactivationDecision {
        List<String> problems = new ArrayList<>();
        requireText("eventId", eventId, "", problems);
        requireText("leadId", leadId, "", problems);
        requireText("scenario", scenario, "", problems);
        if (action == ReactivationAction.UNKNOWN) {
            problems.add("action UNKNOWN is not one this service applies");
        } else if (action == ReactivationAction.INSERT_DEFAULT_MEMBER) {
            requireText("defaultCampaignId", defaultCampaignId, " for " + action, problems);
        } else {
            requireText("responseId", responseId, " for " + action, problems);
        }
        if (lead != null && lead.score() != null && lead.score() < 0) {
            problems.add("lead.score must not be negative, was " + lead.score());
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventException("invalid response.reactivation.decided: " + String.join("; ", problems));
        }
    }

    private static void requireText(String field, String value, String when, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + " must not be blank" + when);
        }
    }

    public boolean insertsDefaultMember() {
        return action == ReactivationAction.INSERT_DEFAULT_MEMBER;
    }

    /**
     * The campaign member the decision activates: the one it names, or the default member it inserts, whose id is
     * derived from the decision so that applying it again finds the member it inserted.
     */
    public String memberId() {
        return insertsDefaultMember() ? EventIds.derived("default-member", eventId) : responseId;
    }
}
