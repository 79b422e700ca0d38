package io.leadflow.response.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a batch of reactivation decisions comes to, decided in order against the state read for the batch, with the
 * same results as deciding them one at a time: a decision applied earlier, stored or in the batch, is not applied
 * again (only its activation is published if it never was), one refused earlier is not decided again, and a new
 * one is applied or refused against the lead's funnel and the campaign member as the decisions before it left
 * them. Pure: it reads and writes nothing.
 */
public final class ReactivationDecisions {

    /** A decision that is applied, with the member it activated and where that member enters the funnel. */
    private record Applied(ReactivationDecision decision, CampaignMember member, ActiveResponse entry,
            boolean decidedHere) {
    }

    /** A decision refused here, and the lead whose funnel records it. */
    private record Refused(String leadId, ReactivationRefusal refusal) {
    }

    /** The applied decisions of the batch, in batch order: those applied before it and those applied here. */
    private final List<Applied> applied;
    /** The decisions refused here, in batch order. */
    private final List<Refused> refused;
    /** The funnels as read, before this batch. */
    private final Map<String, LeadFunnel> funnels;

    private ReactivationDecisions(List<Applied> applied, List<Refused> refused, Map<String, LeadFunnel> funnels) {
        this.applied = applied;
        this.refused = refused;
        this.funnels = funnels;
    }

    /** The leads whose funnels the decisions need: every lead of the batch. */
    public static Set<String> funnelsToRead(List<ReactivationDecision> decisions) {
        Set<String> leadIds = new LinkedHashSet<>();
        decisions.forEach(decision -> leadIds.add(decision.leadId()));
        return leadIds;
    }

    /** The campaign members the decisions need: those they name, and the default members they insert. */
    public static Set<String> membersToRead(List<ReactivationDecision> decisions) {
        Set<String> memberIds = new LinkedHashSet<>();
        decisions.forEach(decision -> memberIds.add(decision.memberId()));
        return memberIds;
    }

    /**
     * Decides the decisions in order.
     *
     * @param now when the reactivations happen
     * @param members the stored campaign members of {@link #membersToRead the members the decisions need}, by id
     * @param funnels the stored funnels of the decisions' leads, by lead id
     */
    public static ReactivationDecisions decide(FunnelRules rules, Instant now, List<ReactivationDecision> decisions,
            Map<String, CampaignMember> members, Map<String, LeadFunnel> funnels) {
        List<Applied> applied = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        Map<String, CampaignMember> current = new HashMap<>(members);
        Map<String, LeadFunnel> currentFunnels = new HashMap<>(funnels);
        Set<String> seen = new HashSet<>();
        for (ReactivationDecision decision : decisions) {
            LeadFunnel funnel = currentFunnels.getOrDefault(decision.leadId(), LeadFunnel.empty(decision.leadId()));
            if (!seen.add(decision.eventId()) || funnel.hasRefused(decision.eventId())) {
                continue;
            }
            CampaignMember member = current.get(decision.memberId());
            if (member != null && (decision.insertsDefaultMember() || member.lastActivatedBy(decision))) {
                // Applied before. A member reactivated again since (by a later decision) is that decision's.
                if (member.lastActivatedBy(decision)) {
                    ActiveResponse entry = entryOf(decision, member);
                    applied.add(new Applied(decision, member, entry, false));
                    if (opensFunnel(member) && !funnel.holds(member.responseId())) {
                        currentFunnels.put(decision.leadId(), funnel.opened(entry));
                    }
                }
                continue;
            }
            Optional<String> refusal = refusalOf(rules, decision, member, funnel);
            if (refusal.isPresent()) {
                ReactivationRefusal recorded = new ReactivationRefusal(
                        decision.eventId(), decision.scenario(), decision.action(), now, refusal.get());
                refused.add(new Refused(decision.leadId(), recorded));
                currentFunnels.put(decision.leadId(), funnel.withRefusal(recorded));
                continue;
            }
            CampaignMember activated = decision.insertsDefaultMember()
                    ? CampaignMember.defaultMember(decision, now)
                    : member.reactivatedBy(decision, now);
            ActiveResponse entry = entryOf(decision, member);
            applied.add(new Applied(decision, activated, entry, true));
            current.put(activated.responseId(), activated);
            currentFunnels.put(decision.leadId(), funnel.opened(entry));
        }
        return new ReactivationDecisions(applied, refused, Map.copyOf(funnels));
    }

    /** Why the decision cannot be applied, if it cannot; checked in this order, the first reason found is given. */
    private static Optional<String> refusalOf(FunnelRules rules, ReactivationDecision decision,
            CampaignMember member, LeadFunnel funnel) {
        String leadId = decision.leadId();
        if (decision.insertsDefaultMember()) {
            if (decision.lead() == null) {
                return Optional.of("the decision carries no lead (a writer before response.reactivation.decided v2)"
                        + ": a default campaign member cannot be inserted without one");
            }
        } else if (member == null || !member.response().leadId().equals(leadId)) {
            return Optional.of("no campaign member " + decision.responseId() + " for lead " + leadId);
        } else if (decision.action() == ReactivationAction.REACTIVATE_RESPONSE && !member.response().responded()) {
            return Optional.of("campaign member " + member.responseId() + " is a non-response (member status "
                    + member.response().memberStatus() + "): REACTIVATE_RESPONSE reactivates responses only");
        } else if (decision.action() == ReactivationAction.ACTIVATE_NON_RESPONSE && member.response().responded()) {
            return Optional.of("campaign member " + member.responseId() + " is a response (member status "
                    + member.response().memberStatus() + "): ACTIVATE_NON_RESPONSE activates non-responses only");
        }
        Optional<ActiveResponse> open = funnel.openActiveResponse();
        if (rules.oneActiveResponsePerLead() && open.isPresent()) {
            return Optional.of("lead " + leadId + " already has the open active response " + open.get().responseId());
        }
        if (member != null && member.responseStatus() == ResponseStatus.ACTIVE) {
            return Optional.of("campaign member " + member.responseId() + " is already active");
        }
        if (member != null && funnel.holds(member.responseId())) {
            // Closed, but its funnel has not released it yet: adding it again would be undone by that release.
            return Optional.of("campaign member " + member.responseId() + " is still in lead " + leadId
                    + "'s funnel: its closing is not finished");
        }
        return Optional.empty();
    }

    /**
     * Where the member enters the funnel: at the decision's time, the time status changes compare with, but never
     * at or before the change that last closed it, so that change, delivered again, does not close it again.
     *
     * @param before the member before the decision applied; null for a default member
     */
    private static ActiveResponse entryOf(ReactivationDecision decision, CampaignMember before) {
        Instant openedAt = decision.occurredAt();
        FunnelClosure last = before == null ? null : before.closure();
        if (last != null && !openedAt.isAfter(last.closedAt())) {
            openedAt = last.closedAt().plusMillis(1);
        }
        return new ActiveResponse(decision.memberId(), openedAt);
    }

    /** The default members inserted here, to be stored. */
    public List<CampaignMember> newMembers() {
        return applied.stream()
                .filter(outcome -> outcome.decidedHere() && outcome.decision().insertsDefaultMember())
                .map(Applied::member)
                .toList();
    }

    /** The stored members reactivated here, to be stored. */
    public List<CampaignMember> reactivatedMembers() {
        return applied.stream()
                .filter(outcome -> outcome.decidedHere() && !outcome.decision().insertsDefaultMember())
                .map(Applied::member)
                .toList();
    }

    /**
     * The decisions once some default members turned out to be stored already: someone else (another instance
     * during a rebalance) applied those decisions first, and their members stand.
     */
    public ReactivationDecisions withMembersOf(Map<String, CampaignMember> theirs) {
        List<Applied> settled = applied.stream()
                .map(outcome -> outcome.decidedHere() && theirs.containsKey(outcome.member().responseId())
                        ? new Applied(outcome.decision(), theirs.get(outcome.member().responseId()), outcome.entry(),
                                false)
                        : outcome)
                .toList();
        return new ReactivationDecisions(settled, refused, funnels);
    }

    /**
     * What the funnels gain: every member activated by a decision whose activation is not published yet and that
     * its lead's funnel does not hold (the new ones, and a stored one whose funnel was never written), and the
     * refusals.
     */
    public List<FunnelUpdate> funnelUpdates() {
        Map<String, LeadFunnel> after = new LinkedHashMap<>();
        for (Applied outcome : applied) {
            String leadId = outcome.decision().leadId();
            LeadFunnel funnel = after.getOrDefault(leadId, before(leadId));
            if (opensFunnel(outcome.member()) && !funnel.holds(outcome.member().responseId())) {
                after.put(leadId, funnel.opened(outcome.entry()));
            }
        }
        for (Refused refusal : refused) {
            String leadId = refusal.leadId();
            after.put(leadId, after.getOrDefault(leadId, before(leadId)).withRefusal(refusal.refusal()));
        }
        return after.values().stream().map(funnel -> FunnelUpdate.between(before(funnel.leadId()), funnel)).toList();
    }

    /** The activations to publish, in batch order: the new ones and any stored one never published. */
    public List<AppliedReactivation> activationsToPublish() {
        return applied.stream()
                .filter(outcome -> outcome.member().awaitsActivationPublication())
                .map(outcome -> new AppliedReactivation(outcome.decision(), outcome.member()))
                .toList();
    }

    private LeadFunnel before(String leadId) {
        return funnels.getOrDefault(leadId, LeadFunnel.empty(leadId));
    }

    private static boolean opensFunnel(CampaignMember member) {
        return member.responseStatus() == ResponseStatus.ACTIVE && member.awaitsActivationPublication();
    }
}
