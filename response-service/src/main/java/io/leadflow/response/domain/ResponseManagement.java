package io.leadflow.response.domain;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Response management, a batch at a time: decides which responses become active responses, closes funnels when
 * a lead's status says so (and publishes the closings), and records the first owner of an active response. Each batch reads what it needs
 * in one go per collection, by id, decides in memory (see {@link ResponseDecisions}, {@link FunnelClosings},
 * {@link FirstOwnerDecisions}) and writes in one go per collection, so its cost does not grow with the number
 * of leads handled before.
 *
 * <p>Reading, deciding and writing is safe without conditional writes because all events of a lead are keyed
 * by its id, so they are on one partition of each topic and one consumer handles them in order: nothing else
 * decides a response, a closing or a first owner of that lead in between. Three consumers touch a lead's funnel,
 * one per topic: the consumers of responses and of reactivation decisions only add to it, the status changes'
 * consumer only removes from it, each an entry of its own, so none undoes another. When partitions move to another instance, a consumer
 * that lost its partition may still finish a batch the new owner also handles: a campaign member is inserted
 * only if it is not stored yet, and one found stored means the other decided first, so its decision stands.
 *
 * <p>Every method is safe to call again with the same events: Kafka redelivers a batch that failed.
 */
public class ResponseManagement {

    private final FunnelRules rules;
    private final CampaignMembers members;
    private final LeadFunnels funnels;
    private final ActivationPublisher publisher;
    private final ClosurePublisher closurePublisher;
    private final Clock clock;

    public ResponseManagement(FunnelRules rules, CampaignMembers members, LeadFunnels funnels,
            ActivationPublisher publisher, ClosurePublisher closurePublisher, Clock clock) {
        this.rules = rules;
        this.members = members;
        this.funnels = funnels;
        this.publisher = publisher;
        this.closurePublisher = closurePublisher;
        this.clock = clock;
    }

    /**
     * Stores the responses with their decided statuses, records the new active responses in their leads'
     * funnels, then publishes the activations and marks them published. Everything is stored before it is
     * published: a redelivery finds the stored decisions and publishes only what Kafka never confirmed, with
     * the same event id and activation time.
     */
    public void receive(List<CampaignResponse> responses) {
        Map<String, CampaignMember> stored = members.findAll(responseIds(responses));
        Set<String> leadIds = ResponseDecisions.funnelsToRead(rules, responses, stored);
        Map<String, LeadFunnel> read = leadIds.isEmpty() ? Map.of() : funnels.findAll(leadIds);
        // Avro and MongoDB keep milliseconds: truncating here keeps the stored and published times equal.
        ResponseDecisions decisions = ResponseDecisions.decide(
                rules, clock.instant().truncatedTo(ChronoUnit.MILLIS), responses, stored, read);

        if (!decisions.newMembers().isEmpty()) {
            Set<String> decidedElsewhere = members.insert(decisions.newMembers());
            if (!decidedElsewhere.isEmpty()) {
                decisions = decisions.withDecisionsOf(members.findAll(decidedElsewhere));
            }
        }
        List<FunnelUpdate> updates = decisions.funnelUpdates();
        if (!updates.isEmpty()) {
            funnels.update(updates);
        }
        List<CampaignMember> activations = decisions.activationsToPublish();
        if (!activations.isEmpty()) {
            publisher.publishNewResponses(activations);
            members.markActivationsPublished(activations.stream().map(CampaignMember::responseId).toList());
        }
    }

    /**
     * Closes the open active responses of leads whose new status closes the funnel, and publishes their closings.
     * Only responses that entered the funnel at or before the status change are closed, so a late redelivery never
     * closes a newer funnel. The funnels release them last, once they are stored as closed (a lead never has two open active
     * responses) and their closings are confirmed: a redelivery after a failure in between finds them still in
     * the funnel, decides the same closings again and publishes them with the same event ids.
     */
    public void changeLeadStatuses(List<LeadStatusChange> changes) {
        Set<String> leadIds = FunnelClosings.funnelsToRead(rules, changes);
        if (leadIds.isEmpty()) {
            return;
        }
        FunnelClosings closings = FunnelClosings.decide(rules, changes, funnels.findAll(leadIds));
        if (!closings.closures().isEmpty()) {
            // The closings carry the members' correlation and campaign ids, which the funnels do not keep.
            Map<String, CampaignMember> closing = members.findAll(closings.closures().keySet());
            members.closeFunnels(closings.closures());
            closurePublisher.publishClosures(closings.closedMembers(closing));
            funnels.update(closings.funnelUpdates());
        }
    }

    /**
     * Sets the first-owner metrics of the assigned responses once: a later assignment of the same response never
     * overwrites them.
     *
     * @return the assignments of responses this service does not know for their lead; every other one is recorded
     */
    public List<Rejected<LeadAssignment>> recordAssignments(List<LeadAssignment> assignments) {
        Set<String> responseIds = new LinkedHashSet<>();
        assignments.forEach(assignment -> responseIds.add(assignment.responseId()));
        FirstOwnerDecisions decisions = FirstOwnerDecisions.decide(assignments, members.findAll(responseIds));
        if (!decisions.firstOwners().isEmpty()) {
            members.recordFirstOwners(decisions.firstOwners());
        }
        return decisions.rejected();
    }

    private static Set<String> responseIds(List<CampaignResponse> responses) {
        Set<String> ids = new LinkedHashSet<>();
        responses.forEach(response -> ids.add(response.responseId()));
        return ids;
    }
}
