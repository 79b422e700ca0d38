package io.leadflow.response.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A lead's funnel: its open active responses, oldest first. When a lead may have only one (the default), the
 * first is the lead's open active response and there is no other. It is what a status change closes, so
 * closing never searches the campaign members.
 */
public record LeadFunnel(String leadId, List<ActiveResponse> activeResponses) {

    public LeadFunnel {
        activeResponses = List.copyOf(activeResponses);
    }

    /** The funnel of a lead that has never had an active response. */
    public static LeadFunnel empty(String leadId) {
        return new LeadFunnel(leadId, List.of());
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
        return new LeadFunnel(leadId, open);
    }

    /** The open active responses a status change at {@code changedAt} closes: those responded at or before it. */
    public List<ActiveResponse> closedBy(Instant changedAt) {
        return activeResponses.stream().filter(open -> !open.respondedAt().isAfter(changedAt)).toList();
    }

    /** The funnel without the given responses, once they are closed. */
    public LeadFunnel without(Collection<ActiveResponse> closed) {
        return new LeadFunnel(leadId, activeResponses.stream().filter(open -> !closed.contains(open)).toList());
    }
}
