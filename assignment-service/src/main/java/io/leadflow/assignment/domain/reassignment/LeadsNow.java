package io.leadflow.assignment.domain.reassignment;

import io.leadflow.assignment.domain.Activation;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.assignment.domain.Round;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Leads as leadflow knows them now, for the rounds people start by hand (manual and group reassignments): the
 * lead of its latest round, with the owner of its latest owner change when that is newer; and the latest round
 * superseded when the new one replaces it before it had an owner. Read and written in batches.
 */
public class LeadsNow {

    private final Assignments assignments;
    private final LeadOwners leadOwners;

    public LeadsNow(Assignments assignments, LeadOwners leadOwners) {
        this.assignments = assignments;
        this.leadOwners = leadOwners;
    }

    /** The latest round of each lead leadflow has routed, by lead id, in one read. */
    public Map<String, Assignment> latest(Collection<String> leadIds) {
        return assignments.latestOfLeads(leadIds);
    }

    /**
     * The activation standing for a person's request on each of these leads (leads leadflow never routed are left
     * out): named by {@code eventIdOfLead}, with the round {@code round} makes of that name.
     */
    public Map<String, Activation> requestsFor(Map<String, Assignment> latest, Function<String, String> eventIdOfLead,
            Function<String, Round> round, Instant now) {
        Map<String, OwnerChange> owners = leadOwners.latest(latest.keySet());
        Map<String, Activation> requests = new LinkedHashMap<>();
        latest.forEach((leadId, round0) -> requests.put(leadId,
                activation(round0, owners.get(leadId), round.apply(eventIdOfLead.apply(leadId)), now)));
        return requests;
    }

    /** The lead's primary agent as leadflow knows it now; empty for a lead it never routed. */
    public Optional<Owner> primaryAgent(String leadId) {
        Optional<Assignment> latest = Optional.ofNullable(latest(List.of(leadId)).get(leadId));
        Optional<OwnerChange> change = leadOwners.latest(leadId);
        return latest.map(round -> activation(round, change.orElse(null), Round.firstActivation(null), round.updatedAt())
                .lead().owner());
    }

    /** {@link #requestsFor} for one lead. */
    public Optional<Activation> requestFor(String leadId, String requestEventId, Function<String, Round> round,
            Instant now) {
        return Optional.ofNullable(requestsFor(latest(List.of(leadId)), lead -> requestEventId, round, now)
                .get(leadId));
    }

    /**
     * The lead's latest round (other than {@code replacedBy}) superseded, if it had no owner yet. A deadline or an
     * acknowledgement may change it between the read and the write (the conditional write then fails): it is read
     * again and superseded as it is now, so no offer of it stays open beside the new round.
     */
    public Optional<Assignment> supersedeLatest(String leadId, String why, String replacedBy, Instant now) {
        return Optional.ofNullable(latest(List.of(leadId)).get(leadId))
                .filter(round -> !round.assignmentId().equals(replacedBy))
                .flatMap(round -> supersede(round, why, now));
    }

    /** {@code round} superseded at {@code now}, retried on the round as it is if it changed meanwhile. */
    public Optional<Assignment> supersede(Assignment round, String why, Instant now) {
        Assignment current = round;
        Optional<Assignment> superseded = current.superseded(why, now);
        while (superseded.isPresent() && !assignments.transition(current, superseded.get())) {
            current = assignments.find(current.assignmentId()).orElseThrow();
            superseded = current.superseded(why, now);
        }
        return superseded;
    }

    private static Activation activation(Assignment latest, OwnerChange ownerChange, Round round, Instant now) {
        Owner owner = latest.finalOwner() != null ? latest.finalOwner() : latest.lead().owner();
        if (ownerChange != null && ownerChange.occurredAt().isAfter(latest.updatedAt())) {
            owner = ownerChange.newOwner();
        }
        return new Activation(latest.responseId(), latest.leadId(), latest.campaignId(), latest.correlationId(), now,
                latest.lead().withOwner(owner), true, round);
    }
}
