package io.leadflow.response.domain;

import io.leadflow.platform.events.InvalidEventException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Response management: decides which responses become active responses, closes funnels when a lead's
 * status says so, and records the first owner of an active response. Each method is safe to call again
 * with the same event.
 */
public class ResponseManagement {

    private final FunnelRules rules;
    private final CampaignMembers members;
    private final LeadFunnels leads;
    private final ActivationPublisher publisher;
    private final Clock clock;

    public ResponseManagement(FunnelRules rules, CampaignMembers members, LeadFunnels leads,
            ActivationPublisher publisher, Clock clock) {
        this.rules = rules;
        this.members = members;
        this.leads = leads;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Stores the response with its decided status. The decision is stored before the activation is
     * published: a redelivery finds it and publishes only if Kafka never confirmed it.
     */
    public void receive(CampaignResponse response) {
        CampaignMember member = members.find(response.responseId()).orElseGet(() -> {
            CampaignMember decided = decide(response);
            members.insert(decided);
            return decided;
        });
        if (member.awaitsActivationPublication()) {
            publisher.publishNewResponse(member);
            members.markActivationPublished(member.responseId());
        }
    }

    private CampaignMember decide(CampaignResponse response) {
        FunnelVerdict verdict = rules.evaluate(response);
        if (!verdict.qualifies()) {
            return CampaignMember.resolvedNoAction(response, verdict);
        }
        if (rules.oneActiveResponsePerLead()) {
            Optional<String> open = leads.claimActiveResponse(response.leadId(), response.responseId());
            if (open.isPresent()) {
                return CampaignMember.resolvedActiveResponseExists(response, open.get());
            }
        }
        // Avro and MongoDB keep milliseconds: truncating here keeps the stored and published times equal.
        return CampaignMember.activated(response, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Closes the lead's open active response when its new status closes the funnel. Only responses created
     * at or before the status change are closed, so a late redelivery never closes a newer funnel. The
     * claim is released after the response is closed: a lead never has two open active responses.
     */
    public void changeLeadStatus(LeadStatusChange change) {
        if (!rules.closesFunnel(change.status())) {
            return;
        }
        FunnelClosure closure = new FunnelClosure(
                change.eventId(), change.changedAt(), "lead status changed to " + change.status());
        for (String responseId : members.closeActiveResponses(change.leadId(), change.changedAt(), closure)) {
            leads.releaseActiveResponse(change.leadId(), responseId);
        }
    }

    /** Sets the first-owner metrics once: a later assignment of the same response never overwrites them. */
    public void recordAssignment(LeadAssignment assignment) {
        members.find(assignment.responseId())
                .filter(member -> member.response().leadId().equals(assignment.leadId()))
                .orElseThrow(() -> new InvalidEventException("no campaign member " + assignment.responseId()
                        + " for lead " + assignment.leadId()));
        members.recordFirstOwnerIfUnset(assignment.responseId(), assignment.asFirstOwner());
    }
}
