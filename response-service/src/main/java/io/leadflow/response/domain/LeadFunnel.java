package io.leadflow.response.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A lead's funnel: its open active responses, oldest first. When a lead may have only one (the default), the
 * first is the lead's open active response and there is no other. It is what a status change closes, so
 * closing never searches the campaign members. It also keeps the reactivation decisions refused for the lead.
 *
 * @param reactivationRefusals the refused reactivation decisions, oldest first; the store keeps the last
 *     {@link #REFUSALS_KEPT}
 */
public record LeadFunnel(String leadId, List<ActiveResponse> activeResponses,
        List<ReactivationRefusal> reactivationRefusals) {

    /** How many refusals a funnel keeps: enough for people to see why, bounded so the document stays small. */
    public static final int REFUSALS_KEPT = 20;

    public LeadFunnel {
        activeResponses = List.copyOf(activeResponses);
        reactivationRefusals = List.copyOf(reactivationRefusals);
    }

    /** The funnel of a lead that has never had an active response. */
    public static LeadFunnel empty(String leadId) {
        return new LeadFunnel(leadId, List.of(), List.of());
    }

    /** The response that holds the lead's funnel, if one does. */
    public Optional<ActiveResponse> openActiveResponse() {
        return activeResponses.stream().findFirst();
    }

    public boolean holds(String responseId) {
        return activeResponses.stream().anyMatch(open -> open.responseId().equals(responseId));
    }

    /** The funnel once {@code response} became an open active response of the lead. */
    public LeadFunnel opened(ActiveResponse response) {
        List<ActiveResponse> open = new ArrayList<>(activeResponses);
        open.add(response);
        return new LeadFunnel(leadId, open, reactivationRefusals);
    }

    /** The open active responses a status change at {@code changedAt} closes: those opened at or before it. */
    public List<ActiveResponse> closedBy(Instant changedAt) {
        return activeResponses.stream().filter(open -> !open.openedAt().isAfter(changedAt)).toList();
    }

    /** The funnel without the given responses, once they are closed. */
    public LeadFunnel without(Collection<ActiveResponse> closed) {
        return new LeadFunnel(leadId, activeResponses.stream().filter(open -> !closed.contains(open)).toList(),
                reactivationRefusals);
    }

    /** Whether the reactivation decision was refused (among the refusals kept). */
    public boolean hasRefused(String decisionId) {
        return reactivationRefusals.stream().anyMatch(refusal -> refusal.decisionId().equals(decisionId));
    }

    /** The funnel once {@code refusal} is recorded. */
    public LeadFunnel withRefusal(ReactivationRefusal refusal) {
        List<ReactivationRefusal> refusals = new ArrayList<>(reactivationRefusals);
        refusals.add(refusal);
        return new LeadFunnel(leadId, activeResponses, refusals);
    }
}
