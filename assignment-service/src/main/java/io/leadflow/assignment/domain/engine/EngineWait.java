package io.leadflow.assignment.domain.engine;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.OwnerChange;
import io.leadflow.assignment.domain.RoutingPolicy;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wait for an external engine: a parked lead is assigned by the first owner change that completes its wait,
 * or to the fallback owner when the wait times out; the first of the two to change the stored state wins and
 * the other does nothing. Waits are stored, not in memory, so they survive restarts and any instance may fire
 * them. The latest owner of every lead is kept, so a wait whose answer arrived first completes at once.
 */
public class EngineWait {

    private static final int DUE_WAITS_PER_POLL = 100;

    private final RoutingPolicy policy;
    private final Assignments assignments;
    private final LeadOwners leadOwners;
    private final OutcomePublisher publisher;
    private final Clock clock;

    public EngineWait(RoutingPolicy policy, Assignments assignments, LeadOwners leadOwners,
            OutcomePublisher publisher, Clock clock) {
        this.policy = policy;
        this.assignments = assignments;
        this.leadOwners = leadOwners;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Leads' owners changed: remember them, and complete the waits they answer, in the order of the changes.
     * The projection is written before the waits are read, and routing stores a wait before it reads the
     * projection (see {@link #advance}), so a change and an activation processed at the same time on different
     * threads never miss each other.
     */
    public void ownersChanged(List<OwnerChange> changes) {
        leadOwners.recordIfNewer(changes);
        Map<String, List<Assignment>> waitsByLead = new HashMap<>();
        assignments.waitsOfLeads(changes.stream().map(OwnerChange::leadId).collect(Collectors.toSet()))
                .forEach(wait -> waitsByLead.computeIfAbsent(wait.leadId(), lead -> new ArrayList<>()).add(wait));
        Instant now = clock.instant();
        for (OwnerChange change : changes) {
            for (Assignment wait : waitsByLead.getOrDefault(change.leadId(), List.of())) {
                wait.completedBy(change, now).ifPresent(this::completeAndPublish);
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

    /**
     * The waits still open that began at least {@code olderThan} ago, oldest first, each with its age now: what an
     * operator looks at when waits have no timeout and nobody moves a lead.
     */
    public List<OpenWait> openWaits(Duration olderThan, int limit) {
        Instant now = clock.instant();
        return assignments.openWaits(now.minus(olderThan), limit).stream()
                .map(wait -> new OpenWait(wait, Duration.between(wait.activatedAt(), now))).toList();
    }

    /** An open wait and how long it has lasted (since the activation that parked the lead). */
    public record OpenWait(Assignment assignment, Duration age) {
    }

    /**
     * Takes stored assignments as far as they can go now, and publishes what they call for. A wait whose answer
     * the projection already holds (the engine's owner change was processed before the activation) completes at
     * once, without parking the lead: a parking request then would take the lead back from the owner the engine
     * chose.
     */
    public void advance(List<Assignment> batch) {
        List<String> waitingLeads = batch.stream().filter(Assignment::isWaiting).map(Assignment::leadId).toList();
        Map<String, OwnerChange> owners = waitingLeads.isEmpty() ? Map.of() : leadOwners.latest(waitingLeads);
        List<Assignment> pending = new ArrayList<>();
        Instant now = clock.instant();
        for (Assignment assignment : batch) {
            Optional<Assignment> completed = assignment.isWaiting()
                    ? Optional.ofNullable(owners.get(assignment.leadId()))
                            .flatMap(change -> assignment.completedBy(change, now))
                    : Optional.empty();
            if (completed.isEmpty()) {
                pending.add(assignment);
            } else if (assignments.complete(completed.get())) {
                pending.add(completed.get());
            }
        }
        publisher.publishPending(pending);
    }

    /** Publishes only if this call won the wait: the loser of a race between owner change and timeout does nothing. */
    private void completeAndPublish(Assignment assigned) {
        if (assignments.complete(assigned)) {
            publisher.publishPending(List.of(assigned));
        }
    }
}
