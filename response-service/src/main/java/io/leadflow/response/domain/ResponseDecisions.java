package io.leadflow.response.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a batch of responses comes to, decided in order against the state read for the batch, with the same
 * results as deciding them one at a time: the first qualifying response of a lead claims its funnel and the
 * later ones find it held; a response id seen before, stored or earlier in the batch, keeps the decision it
 * has. Pure: it reads and writes nothing.
 */
public final class ResponseDecisions {

    /** Every response of the batch once, in batch order: its stored decision or the new one. */
    private final Map<String, CampaignMember> outcomes;
    /** Responses decided by this batch, not stored yet. */
    private final Set<String> decidedHere;
    /** The funnels as read, before this batch. */
    private final Map<String, LeadFunnel> funnels;

    private ResponseDecisions(Map<String, CampaignMember> outcomes, Set<String> decidedHere,
            Map<String, LeadFunnel> funnels) {
        this.outcomes = outcomes;
        this.decidedHere = decidedHere;
        this.funnels = funnels;
    }

    /**
     * The leads whose funnels the decisions need: those with a new response that qualifies, and those with a
     * stored activation that was never published (its funnel may still lack it).
     */
    public static Set<String> funnelsToRead(FunnelRules rules, List<CampaignResponse> responses,
            Map<String, CampaignMember> stored) {
        Set<String> leadIds = new LinkedHashSet<>();
        for (CampaignResponse response : responses) {
            CampaignMember member = stored.get(response.responseId());
            if (member == null ? rules.evaluate(response).qualifies() : opensFunnel(member)) {
                leadIds.add(response.leadId());
            }
        }
        return leadIds;
    }

    /**
     * Decides the responses in order.
     *
     * @param now when the activations happen
     * @param stored the campaign members already stored for these responses, by response id
     * @param funnels the funnels of {@link #funnelsToRead the leads that need one}, by lead id
     */
    public static ResponseDecisions decide(FunnelRules rules, Instant now, List<CampaignResponse> responses,
            Map<String, CampaignMember> stored, Map<String, LeadFunnel> funnels) {
        Map<String, CampaignMember> outcomes = new LinkedHashMap<>();
        Set<String> decidedHere = new LinkedHashSet<>();
        Map<String, LeadFunnel> current = new HashMap<>(funnels);
        for (CampaignResponse response : responses) {
            String responseId = response.responseId();
            if (outcomes.containsKey(responseId)) {
                continue;
            }
            LeadFunnel funnel = current.getOrDefault(response.leadId(), LeadFunnel.empty(response.leadId()));
            CampaignMember member = stored.get(responseId);
            if (member == null) {
                member = decide(rules, now, response, funnel);
                decidedHere.add(responseId);
            }
            // A new activation, or a stored one whose funnel was never written: later responses find it open.
            if (opensFunnel(member) && !funnel.holds(responseId)) {
                current.put(response.leadId(), funnel.opened(ActiveResponse.of(member.response())));
            }
            outcomes.put(responseId, member);
        }
        return new ResponseDecisions(outcomes, decidedHere, Map.copyOf(funnels));
    }

    private static CampaignMember decide(FunnelRules rules, Instant now, CampaignResponse response,
            LeadFunnel funnel) {
        FunnelVerdict verdict = rules.evaluate(response);
        if (!verdict.qualifies()) {
            return CampaignMember.resolvedNoAction(response, verdict);
        }
        if (rules.oneActiveResponsePerLead()) {
            Optional<ActiveResponse> open = funnel.openActiveResponse()
                    .filter(holder -> !holder.responseId().equals(response.responseId()));
            if (open.isPresent()) {
                return CampaignMember.resolvedActiveResponseExists(response, open.get().responseId());
            }
        }
        return CampaignMember.activated(response, now);
    }

    /** The members this batch decided, to be stored. */
    public List<CampaignMember> newMembers() {
        return decidedHere.stream().map(outcomes::get).toList();
    }

    /**
     * The decisions once some of the new ones turned out to be stored already: someone else (another instance
     * during a rebalance) decided those first, and their decision stands.
     */
    public ResponseDecisions withDecisionsOf(Map<String, CampaignMember> theirs) {
        Map<String, CampaignMember> settled = new LinkedHashMap<>(outcomes);
        Set<String> stillHere = new LinkedHashSet<>(decidedHere);
        theirs.forEach((responseId, member) -> {
            if (settled.containsKey(responseId)) {
                settled.put(responseId, member);
                stillHere.remove(responseId);
            }
        });
        return new ResponseDecisions(settled, stillHere, funnels);
    }

    /**
     * What the funnels gain: every activation not yet published that its lead's funnel does not hold. These are
     * the new ones, and a stored one whose funnel was never written (the service stopped in between).
     */
    public List<FunnelUpdate> funnelUpdates() {
        Map<String, LeadFunnel> after = new LinkedHashMap<>();
        for (CampaignMember member : outcomes.values()) {
            String leadId = member.response().leadId();
            LeadFunnel funnel = after.getOrDefault(leadId, funnels.getOrDefault(leadId, LeadFunnel.empty(leadId)));
            if (opensFunnel(member) && !funnel.holds(member.responseId())) {
                after.put(leadId, funnel.opened(ActiveResponse.of(member.response())));
            }
        }
        return after.values().stream()
                .map(funnel -> FunnelUpdate.between(
                        funnels.getOrDefault(funnel.leadId(), LeadFunnel.empty(funnel.leadId())), funnel))
                .toList();
    }

    /** The activations to publish, in batch order: the new ones and any stored one never published. */
    public List<CampaignMember> activationsToPublish() {
        List<CampaignMember> activations = new ArrayList<>();
        for (CampaignMember member : outcomes.values()) {
            if (awaitsNewResponseActivation(member)) {
                activations.add(member);
            }
        }
        return activations;
    }

    private static boolean opensFunnel(CampaignMember member) {
        return member.responseStatus() == ResponseStatus.ACTIVE && awaitsNewResponseActivation(member);
    }

    /**
     * A reactivation waiting for its publication is left to its decision, redelivered on the other topic: only the
     * decision knows what the activation carries (its flags, the lead as it is now).
     */
    private static boolean awaitsNewResponseActivation(CampaignMember member) {
        return member.awaitsActivationPublication() && member.reactivation() == null;
    }
}
