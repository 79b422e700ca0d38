package io.leadflow.response.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a batch of status changes closes, decided in order against the funnels read for the batch: a change to a
 * closing status closes the lead's open active responses opened at or before it, and releases them from the
 * funnel. The decision reads only the funnels: a change delivered again after its funnel released
 * them finds them released and closes nothing; one delivered again before that (the service stopped between
 * closing the members and releasing them) finds them still there and closes them again, the same way, so their
 * closings are published again with the same event ids. Pure: it reads and writes nothing.
 */
public final class FunnelClosings {

    private final Map<String, FunnelClosure> closures;
    private final List<FunnelUpdate> funnelUpdates;

    private FunnelClosings(Map<String, FunnelClosure> closures, List<FunnelUpdate> funnelUpdates) {
        this.closures = closures;
        this.funnelUpdates = funnelUpdates;
    }

    /** The leads whose funnels the decisions need: those whose new status closes the funnel. */
    public static Set<String> funnelsToRead(FunnelRules rules, List<LeadStatusChange> changes) {
        Set<String> leadIds = new LinkedHashSet<>();
        changes.stream().filter(change -> rules.closesFunnel(change.status()))
                .forEach(change -> leadIds.add(change.leadId()));
        return leadIds;
    }

    /** @param funnels the funnels of {@link #funnelsToRead the leads that need one}, by lead id */
    public static FunnelClosings decide(FunnelRules rules, List<LeadStatusChange> changes,
            Map<String, LeadFunnel> funnels) {
        Map<String, FunnelClosure> closures = new LinkedHashMap<>();
        Map<String, LeadFunnel> after = new LinkedHashMap<>();
        for (LeadStatusChange change : changes) {
            LeadFunnel funnel = after.getOrDefault(change.leadId(), funnels.get(change.leadId()));
            if (funnel == null || !rules.closesFunnel(change.status())) {
                continue;
            }
            List<ActiveResponse> closed = funnel.closedBy(change.changedAt());
            if (closed.isEmpty()) {
                continue;
            }
            FunnelClosure closure = new FunnelClosure(
                    change.eventId(), change.changedAt(), "lead status changed to " + change.status());
            closed.forEach(response -> closures.put(response.responseId(), closure));
            after.put(change.leadId(), funnel.without(closed));
        }
        return new FunnelClosings(closures, after.values().stream()
                .map(funnel -> FunnelUpdate.between(funnels.get(funnel.leadId()), funnel))
                .toList());
    }

    /** The campaign members to close, by response id. */
    public Map<String, FunnelClosure> closures() {
        return closures;
    }

    /**
     * The closed members, to publish their closings.
     *
     * @param members the stored campaign members of {@link #closures() the closed responses}, by response id; a
     *     funnel gains a response only once its member is stored, so none is missing
     */
    public List<CampaignMember> closedMembers(Map<String, CampaignMember> members) {
        return closures.entrySet().stream()
                .map(closing -> members.get(closing.getKey()).closed(closing.getValue()))
                .toList();
    }

    /** The funnels that release them; written once the members are closed and their closings published. */
    public List<FunnelUpdate> funnelUpdates() {
        return funnelUpdates;
    }
}
