package io.leadflow.response.domain;

import java.util.List;

/**
 * What one batch changed in a lead's funnel, written as a change rather than as the whole funnel: responses
 * are opened by the consumers of responses and of reactivation decisions and closed by the consumer of status
 * changes, which run side by side, so each adds or removes only its own entries.
 *
 * @param opened responses that became open active responses of the lead
 * @param closed responses whose funnel closed
 * @param openActiveResponseId the lead's open active response once the change is made, null when none
 * @param refused reactivation decisions refused, to add to the funnel's refusals
 */
public record FunnelUpdate(String leadId, List<ActiveResponse> opened, List<ActiveResponse> closed,
        String openActiveResponseId, List<ReactivationRefusal> refused) {

    public FunnelUpdate {
        opened = List.copyOf(opened);
        closed = List.copyOf(closed);
        refused = List.copyOf(refused);
    }

    /** The change that turns {@code before} into {@code after}. */
    public static FunnelUpdate between(LeadFunnel before, LeadFunnel after) {
        return new FunnelUpdate(after.leadId(),
                after.activeResponses().stream().filter(open -> !before.activeResponses().contains(open)).toList(),
                before.activeResponses().stream().filter(open -> !after.activeResponses().contains(open)).toList(),
                after.openActiveResponse().map(ActiveResponse::responseId).orElse(null),
                after.reactivationRefusals().stream()
                        .filter(refusal -> !before.reactivationRefusals().contains(refusal)).toList());
    }

    public boolean changesNothing() {
        return opened.isEmpty() && closed.isEmpty() && refused.isEmpty();
    }
}
