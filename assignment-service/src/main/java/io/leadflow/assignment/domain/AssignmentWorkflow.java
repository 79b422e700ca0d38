package io.leadflow.assignment.domain;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.PickSession;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assignment process: routes the lead of each active response, waits durably for an external engine to
 * move a parked lead, falls back when it does not, and publishes every outcome exactly once per event id.
 *
 * <p>Every step first stores what it decided (with {@code published = false}), then publishes, then marks
 * it published. A crash in between leaves an unpublished assignment that a redelivery of the same record
 * publishes again with the same derived event ids; what no record would redeliver (a timeout, a claim, a
 * completed wait) is in the outbox, which {@link #republishStalled()} works off. Activations are handled a
 * batch at a time (see {@link #activateAll}).
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

    /** Attempts at routing one batch while other instances keep picking for the same rules. */
    private static final int MAX_ROUTING_ATTEMPTS = 200;

    /** A response became active: route its lead, unless this activation was handled before. */
    public void activate(Activation activation) {
        activateAll(List.of(activation));
    }

    /**
     * Responses became active: routes the leads of the activations not handled before, together, then publishes
     * every outcome still pending, together. Each activation starts the assignment its {@link Round} names: a
     * response's first activation one keyed by the response id, each reactivation one of its own, so a
     * reactivation routes the lead again while a redelivery finds the assignment it started. State is read once
     * per batch (assignments, the distribution rules' states, the owners the projection knows) and written once
     * per batch (new assignments, rule states, load facts, published marks), so the cost of a lead does not
     * depend on how many came before it.
     */
    public void activateAll(List<Activation> activations) {
        Map<String, Activation> byAssignment = new LinkedHashMap<>();
        activations.forEach(activation -> byAssignment.putIfAbsent(activation.assignmentId(), activation));
        Map<String, Assignment> handled = new LinkedHashMap<>(assignments.findAll(byAssignment.keySet()));
        List<Activation> fresh = byAssignment.values().stream()
                .filter(activation -> !handled.containsKey(activation.assignmentId())).toList();
        if (!fresh.isEmpty()) {
            List<Assignment> routed = route(fresh);
            Set<String> storedElsewhere = assignments.insertAll(routed);
            routed.stream()
                    .filter(started -> !storedElsewhere.contains(started.assignmentId()))
                    .forEach(started -> handled.put(started.assignmentId(), started));
            handled.putAll(assignments.findAll(storedElsewhere));
        }
        List<Assignment> inOrder = byAssignment.keySet().stream().map(handled::get).toList();
        advanceAll(inOrder);
        // Also for assignments found stored: an instance that died after storing them never confirmed their picks.
        router.confirmPicks(picksByRule(inOrder));
    }

    /** Routes the batch on one read of the rules' states, again if another instance picked meanwhile. */
    private List<Assignment> route(List<Activation> fresh) {
        for (int attempt = 0; attempt < MAX_ROUTING_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            ConfigurationVersion configuration = configurations.current();
            PickSession session = router.liveSession();
            List<Assignment> started = fresh.stream()
                    .map(activation -> router.route(activation, configuration, now, session).start(activation, now))
                    .toList();
            if (session.store()) {
                return started;
            }
        }
        throw new IllegalStateException("the distribution rules changed under " + MAX_ROUTING_ATTEMPTS
                + " attempts in a row to route a batch of " + fresh.size() + " leads");
    }

    /** The routing keys (assignment ids) each distribution rule picked a member under, for confirming them. */
    private static Map<String, List<String>> picksByRule(List<Assignment> routed) {
        Map<String, List<String>> keys = new HashMap<>();
        for (Assignment assignment : routed) {
            String rule = assignment.explanation().distributionRule();
            if (rule != null) {
                keys.computeIfAbsent(rule, name -> new ArrayList<>()).add(assignment.assignmentId());
            }
        }
        return keys;
    }

    /**
     * What routing would decide for the activation under {@code configuration}, without storing or publishing
     * anything and without taking anyone's turn.
     */
    public Assignment preview(Activation activation, ConfigurationVersion configuration) {
        Instant now = clock.instant();
        return router.route(activation, configuration, now, router.previewSession()).start(activation, now);
    }

    /** Whether a claim got the lead, and if not, why. */
    public sealed interface ClaimOutcome {

        /** The user got the lead. */
        record Claimed(Assignment assignment) implements ClaimOutcome {
        }

        /** The lead is not (or no longer) in the hopper: someone claimed it first, or it never went there. */
        record NotClaimable(Assignment assignment) implements ClaimOutcome {
        }

        record UnknownAssignment(String assignmentId) implements ClaimOutcome {
        }
    }

    /**
     * A user claims the lead of an assignment (for a response's first activation: the response id) from the
     * hopper. First come, first served: of users claiming the same lead at the same time, on any instance,
     * exactly one gets it. The claim keeps the assignment's round, so its {@code lead.assigned} says whether
     * anybody may be told as the activation asked.
     */
    public ClaimOutcome claim(String assignmentId, Owner user) {
        Optional<Assignment> found = assignments.find(assignmentId);
        if (found.isEmpty()) {
            return new ClaimOutcome.UnknownAssignment(assignmentId);
        }
        Optional<Assignment> claimed = found.get().claimedBy(user, clock.instant());
        if (claimed.isPresent() && assignments.claim(claimed.get())) {
            publishPending(List.of(claimed.get()));
            return new ClaimOutcome.Claimed(claimed.get());
        }
        return new ClaimOutcome.NotClaimable(assignments.find(assignmentId).orElseThrow());
    }

    /** Leads in the hopper that users may claim, oldest first. */
    public List<Assignment> hopper(int limit) {
        return assignments.claimable(limit);
    }

    /**
     * Leads' owners changed: remember them, and complete the waits they answer, in the order of the changes.
     * The projection is written before the waits are read, and {@link #activateAll} stores a wait before it
     * reads the projection, so a change and an activation processed at the same time on different threads
     * never miss each other.
     */
    public void ownersChanged(List<OwnerChange> changes) {
        leadOwners.recordIfNewer(changes);
        leadLoads.ownersChanged(changes.stream()
                .map(change -> new LeadLoads.OwnedLead(change.leadId(), change.newOwner().id(), change.occurredAt()))
                .toList());
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
     * Publishes what handlers stored but did not get to publish (they crashed, or the broker was away), and
     * confirms the picks whose assignments are stored although their batch never confirmed them.
     */
    public void republishStalled() {
        Instant before = clock.instant().minus(PUBLICATION_GRACE);
        List<Assignment> stalled = assignments.stalled(before);
        advanceAll(stalled);
        assignments.settled(stalled.stream().map(Assignment::assignmentId).toList(), before);
        confirmStoredPicks(before);
    }

    /**
     * A pick stays unconfirmed until its assignment is stored and its batch says so. A pick older than the grace
     * whose assignment is stored was left behind (its instance died between storing and confirming): confirm it.
     * One whose assignment is not stored stays: its activation will be routed again and take the same pick.
     */
    private void confirmStoredPicks(Instant before) {
        List<String> rules = configurations.current().configuration().distributionRules().stream()
                .map(rule -> rule.name()).toList();
        Map<String, List<String>> unconfirmed = router.unconfirmedPicks(rules, before);
        if (unconfirmed.isEmpty()) {
            return;
        }
        Set<String> stored = assignments.findAll(unconfirmed.values().stream().flatMap(List::stream).toList())
                .keySet();
        Map<String, List<String>> confirmed = new HashMap<>();
        unconfirmed.forEach((rule, keys) -> {
            List<String> storedKeys = keys.stream().filter(stored::contains).toList();
            if (!storedKeys.isEmpty()) {
                confirmed.put(rule, storedKeys);
            }
        });
        router.confirmPicks(confirmed);
    }

    /**
     * Takes assignments as far as they can go now. A wait whose answer the projection already holds (the
     * engine's owner change was processed before the activation) completes at once, without parking the
     * lead: a parking request then would take the lead back from the owner the engine chose.
     */
    private void advanceAll(List<Assignment> batch) {
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
        publishPending(pending);
    }

    /** Publishes only if this call won the wait: the loser of a race between owner change and timeout does nothing. */
    private void completeAndPublish(Assignment assigned) {
        if (assignments.complete(assigned)) {
            publishPending(List.of(assigned));
        }
    }

    /** Leads' statuses changed: an open lead counts towards its owner's load, a closed one no longer does. */
    public void statusesChanged(List<LeadStatusChange> changes) {
        leadLoads.statusesChanged(changes.stream()
                .map(change -> new LeadLoads.LeadStatus(change.leadId(), !policy.isClosedStatus(change.status()),
                        change.occurredAt()))
                .toList());
    }

    /** Opportunities changed: an open one counts towards its owner's load, a closed one no longer does. */
    public void opportunitiesChanged(List<LeadLoads.Opportunity> opportunities) {
        leadLoads.opportunitiesChanged(opportunities);
    }

    /**
     * Publishes what each assignment's state calls for, all in one publication: a parking request for a wait;
     * for a final owner, the owner request to the CRM when leadflow decided the owner (not when the engine or
     * the CRM already set it), then {@code lead.assigned}. A final owner also counts towards the owner's load
     * at once, so a bulk of leads does not all go to whoever looked least loaded before any of them. Once the
     * broker confirmed everything, the assignments are marked published.
     */
    private void publishPending(List<Assignment> batch) {
        List<Assignment> unpublished = batch.stream().filter(assignment -> !assignment.published()).toList();
        if (unpublished.isEmpty()) {
            return;
        }
        AssignmentEvents.Publication publication = events.publication();
        List<LeadLoads.OwnedLead> owned = new ArrayList<>();
        for (Assignment assignment : unpublished) {
            if (assignment.isWaiting()) {
                publication.requestTemporaryOwner(assignment);
            } else if (assignment.state() == AssignmentState.ASSIGNED) {
                owned.add(new LeadLoads.OwnedLead(
                        assignment.leadId(), assignment.finalOwner().id(), assignment.assignedAt()));
                if (assignment.method() != AssignmentMethod.EXTERNAL_ENGINE
                        && assignment.method() != AssignmentMethod.OWNER_RETAINED) {
                    publication.requestFinalOwner(assignment);
                }
                publication.announceAssigned(assignment);
            }
        }
        leadLoads.ownersChanged(owned);
        publication.awaitConfirmed();
        assignments.markPublished(unpublished);
    }
}
