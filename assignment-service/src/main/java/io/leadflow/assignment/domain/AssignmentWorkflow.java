package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The assignment process: routes the lead of each active response, waits durably for an external engine to
 * move a parked lead, falls back when it does not, and publishes every outcome exactly once per event id.
 *
 * <p>Every step first stores what it decided (with {@code published = false}), then publishes, then marks
 * it published. A crash in between leaves an unpublished assignment that a redelivery of the same event,
 * or {@link #republishStalled()}, publishes again with the same derived event ids.
 */
public class AssignmentWorkflow {

    /**
     * How long a stored decision may stay unpublished before the sweeper assumes its handler died. Longer
     * than a healthy publish takes, so the sweeper rarely publishes alongside a live handler (which would
     * only repeat event ids that consumers drop).
     */
    public static final Duration PUBLICATION_GRACE = Duration.ofSeconds(5);

    private static final int DUE_WAITS_PER_POLL = 100;

    private final LeadRouter router;
    private final RoutingPolicy policy;
    private final RoutingConfigurations configurations;
    private final Assignments assignments;
    private final LeadOwners leadOwners;
    private final LeadLoads leadLoads;
    private final AssignmentEvents events;
    private final Clock clock;

    public AssignmentWorkflow(LeadRouter router, RoutingPolicy policy, RoutingConfigurations configurations,
            Assignments assignments, LeadOwners leadOwners, LeadLoads leadLoads, AssignmentEvents events,
            Clock clock) {
        this.router = router;
        this.policy = policy;
        this.configurations = configurations;
        this.assignments = assignments;
        this.leadOwners = leadOwners;
        this.leadLoads = leadLoads;
        this.events = events;
        this.clock = clock;
    }

    /** A response became active: route its lead, unless this activation was handled before. */
    public void activate(Activation activation) {
        advance(assignments.find(activation.responseId()).orElseGet(() -> start(activation)));
    }

    private Assignment start(Activation activation) {
        Instant now = clock.instant();
        Assignment started = router.route(activation, configurations.current(), now, Distributor.Mode.LIVE)
                .start(activation, now);
        return assignments.insert(started) ? started : assignments.find(activation.responseId()).orElseThrow();
    }

    /**
     * What routing would decide for the activation under {@code configuration}, without storing or publishing
     * anything and without taking anyone's turn.
     */
    public Assignment preview(Activation activation, ConfigurationVersion configuration) {
        Instant now = clock.instant();
        return router.route(activation, configuration, now, Distributor.Mode.PREVIEW).start(activation, now);
    }

    /** Whether a claim got the lead, and if not, why. */
    public sealed interface ClaimOutcome {

        /** The user got the lead. */
        record Claimed(Assignment assignment) implements ClaimOutcome {
        }

        /** The lead is not (or no longer) in the hopper: someone claimed it first, or it never went there. */
        record NotClaimable(Assignment assignment) implements ClaimOutcome {
        }

        record UnknownResponse(String responseId) implements ClaimOutcome {
        }
    }

    /**
     * A user claims the lead of a response from the hopper. First come, first served: of users claiming the
     * same lead at the same time, on any instance, exactly one gets it.
     */
    public ClaimOutcome claim(String responseId, Owner user) {
        Optional<Assignment> found = assignments.find(responseId);
        if (found.isEmpty()) {
            return new ClaimOutcome.UnknownResponse(responseId);
        }
        Optional<Assignment> claimed = found.get().claimedBy(user, clock.instant());
        if (claimed.isPresent() && assignments.claim(claimed.get())) {
            publishPending(claimed.get());
            return new ClaimOutcome.Claimed(claimed.get());
        }
        return new ClaimOutcome.NotClaimable(assignments.find(responseId).orElseThrow());
    }

    /** Leads in the hopper that users may claim, oldest first. */
    public List<Assignment> hopper(int limit) {
        return assignments.claimable(limit);
    }

    /**
     * A lead's owner changed: remember it, and complete the lead's waits it answers. The projection is
     * written before the waits are read, and {@link #activate} stores a wait before it reads the projection,
     * so a change and an activation processed at the same time on different threads never miss each other.
     */
    public void ownerChanged(OwnerChange change) {
        leadOwners.recordIfNewer(change);
        leadLoads.ownerChanged(change.leadId(), change.newOwner().id(), change.occurredAt());
        Instant now = clock.instant();
        for (Assignment assignment : assignments.ofLead(change.leadId())) {
            Optional<Assignment> completed = assignment.completedBy(change, now);
            if (completed.isPresent()) {
                completeAndPublish(completed.get());
            } else if (assignment.isOutcomeOf(change)) {
                publishPending(assignment);
            }
        }
    }

    /** Gives the fallback owner every wait whose timeout is due. */
    public void fireDueWaits() {
        Instant now = clock.instant();
        for (Assignment wait : assignments.dueWaits(now, DUE_WAITS_PER_POLL)) {
            wait.timedOut(now, policy.fallbackOwner()).ifPresent(this::completeAndPublish);
        }
    }

    /** Publishes what handlers stored but did not get to publish (they crashed, or the broker was away). */
    public void republishStalled() {
        assignments.unpublished(clock.instant().minus(PUBLICATION_GRACE)).forEach(this::advance);
    }

    /**
     * Takes an assignment as far as it can go now. A wait whose answer the projection already holds (the
     * engine's owner change was processed before the activation) completes at once, without parking the
     * lead: a parking request then would take the lead back from the owner the engine chose.
     */
    private void advance(Assignment assignment) {
        if (assignment.isWaiting()) {
            Optional<Assignment> completed = leadOwners.latest(assignment.leadId())
                    .flatMap(change -> assignment.completedBy(change, clock.instant()));
            if (completed.isPresent()) {
                completeAndPublish(completed.get());
                return;
            }
        }
        publishPending(assignment);
    }

    /** Publishes only if this call won the wait: the loser of a race between owner change and timeout does nothing. */
    private void completeAndPublish(Assignment assigned) {
        if (assignments.complete(assigned)) {
            publishPending(assigned);
        }
    }

    /** A lead's status changed: an open lead counts towards its owner's load, a closed one no longer does. */
    public void statusChanged(String leadId, String status, Instant occurredAt) {
        leadLoads.statusChanged(leadId, !policy.isClosedStatus(status), occurredAt);
    }

    /** An opportunity changed: an open one counts towards its owner's load, a closed one no longer does. */
    public void opportunityChanged(String opportunityId, String ownerId, boolean open, Instant occurredAt) {
        leadLoads.opportunityChanged(opportunityId, ownerId, open, occurredAt);
    }

    /**
     * Publishes what the assignment's state calls for: a parking request for a wait; for a final owner, the
     * owner request to the CRM when leadflow decided the owner (not when the engine or the CRM already set
     * it), then {@code lead.assigned}. A final owner also counts towards the owner's load at once, so a bulk
     * of leads does not all go to whoever looked least loaded before any of them.
     */
    private void publishPending(Assignment assignment) {
        if (assignment.published()) {
            return;
        }
        if (assignment.isWaiting()) {
            events.requestTemporaryOwner(assignment);
        } else if (assignment.state() == AssignmentState.ASSIGNED) {
            leadLoads.ownerChanged(assignment.leadId(), assignment.finalOwner().id(), assignment.assignedAt());
            if (assignment.method() != AssignmentMethod.EXTERNAL_ENGINE
                    && assignment.method() != AssignmentMethod.OWNER_RETAINED) {
                events.requestFinalOwner(assignment);
            }
            events.announceAssigned(assignment);
        }
        assignments.markPublished(assignment);
    }
}
