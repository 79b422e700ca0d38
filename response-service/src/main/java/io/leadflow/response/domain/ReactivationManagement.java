package io.leadflow.response.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies reactivation-service's decisions, a batch at a time: this service is the one writer of campaign members,
 * so it is here that a lead re-enters the funnel. Each batch reads what it needs in one go per collection, by id,
 * decides in memory ({@link ReactivationDecisions}) and writes in one go per collection.
 *
 * <p>Reading, deciding and writing is safe without conditional writes for the same reason as in
 * {@link ResponseManagement}: all events of a lead are on one partition of each topic, so one consumer applies the
 * decisions of a lead, in order. This consumer only adds entries to a lead's funnel and records refusals, so it
 * never undoes what the other consumers of the funnel change.
 *
 * <p>Safe to call again with the same decisions: Kafka redelivers a batch that failed.
 */
public class ReactivationManagement {

    private final FunnelRules rules;
    private final CampaignMembers members;
    private final LeadFunnels funnels;
    private final ActivationPublisher publisher;
    private final Clock clock;

    public ReactivationManagement(FunnelRules rules, CampaignMembers members, LeadFunnels funnels,
            ActivationPublisher publisher, Clock clock) {
        this.rules = rules;
        this.members = members;
        this.funnels = funnels;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Applies the decisions or records why not. The activated members are stored first (with their activation not
     * published), then the funnels gain them and the refusals, then the activations are published and marked
     * published: a redelivery finds the decisions applied or refused, and publishes only what Kafka never
     * confirmed, with the same event id and reactivation time.
     */
    public void apply(List<ReactivationDecision> decisions) {
        Map<String, CampaignMember> stored = members.findAll(ReactivationDecisions.membersToRead(decisions));
        Map<String, LeadFunnel> read = funnels.findAll(ReactivationDecisions.funnelsToRead(decisions));
        // Avro and MongoDB keep milliseconds: truncating here keeps the stored and published times equal.
        ReactivationDecisions decided = ReactivationDecisions.decide(
                rules, clock.instant().truncatedTo(ChronoUnit.MILLIS), decisions, stored, read);

        if (!decided.newMembers().isEmpty()) {
            Set<String> insertedElsewhere = members.insert(decided.newMembers());
            if (!insertedElsewhere.isEmpty()) {
                decided = decided.withMembersOf(members.findAll(insertedElsewhere));
            }
        }
        if (!decided.reactivatedMembers().isEmpty()) {
            members.recordReactivations(decided.reactivatedMembers());
        }
        List<FunnelUpdate> updates = decided.funnelUpdates();
        if (!updates.isEmpty()) {
            funnels.update(updates);
        }
        List<AppliedReactivation> activations = decided.activationsToPublish();
        if (!activations.isEmpty()) {
            publisher.publishReactivations(activations);
            members.markActivationsPublished(activations.stream().map(applied -> applied.member().responseId())
                    .toList());
        }
    }
}
