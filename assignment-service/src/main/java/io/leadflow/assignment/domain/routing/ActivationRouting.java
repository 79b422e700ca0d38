package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.Activation;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadRouter;
import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.group.LeadLocks;
import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes the lead of each active response: decides with {@link LeadRouter}, stores the assignment the decision
 * starts, then has it taken as far as it goes and published (see {@link EngineWait#advance}). Every step first
 * stores what it decided (with {@code published = false}), then publishes, then marks it published: a crash in
 * between leaves an unpublished assignment that a redelivery of the same record publishes again with the same
 * derived event ids. Activations are handled a batch at a time (see {@link #activateAll}).
 */
public class ActivationRouting {

    /** Attempts at routing one batch while other instances keep picking for the same rules. */
    private static final int MAX_ROUTING_ATTEMPTS = 200;

    private final LeadRouter router;
    private final RoutingConfigurations configurations;
    private final Assignments assignments;
    private final EngineWait engineWait;
    private final PrimaryAgentLocks locks;
    private final Clock clock;

    public ActivationRouting(LeadRouter router, RoutingConfigurations configurations, Assignments assignments,
            EngineWait engineWait, PrimaryAgentLocks locks, Clock clock) {
        this.router = router;
        this.configurations = configurations;
        this.assignments = assignments;
        this.engineWait = engineWait;
        this.locks = locks;
        this.clock = clock;
    }

    /** A response became active: route its lead, unless this activation was handled before. */
    public void activate(Activation activation) {
        activateAll(List.of(activation));
    }

    /**
     * Responses became active: routes the leads of the activations not handled before, together, then publishes
     * every outcome still pending, together. Each activation starts the assignment its round names: a
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
        engineWait.advance(inOrder);
        // Also for assignments found stored: an instance that died after storing them never confirmed their picks.
        router.confirmPicks(picksByRule(inOrder));
    }

    /**
     * What routing would decide for the activation under {@code configuration}, without storing or publishing
     * anything and without taking anyone's turn.
     */
    public Assignment preview(Activation activation, ConfigurationVersion configuration) {
        Instant now = clock.instant();
        return router.route(activation, configuration, now, router.previewSession()).start(activation, now);
    }

    /**
     * Routes the batch on one read of the rules' states, again if another instance picked meanwhile. A lead whose
     * primary agent a reassignment group distribution has locked is not routed (one read of the locks, which hold
     * only what is locked now).
     */
    private List<Assignment> route(List<Activation> fresh) {
        Map<String, LeadLocks.Lock> locked = locks.heldOn(fresh.stream().map(Activation::leadId).distinct().toList());
        for (int attempt = 0; attempt < MAX_ROUTING_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            ConfigurationVersion configuration = configurations.current();
            PickSession session = router.liveSession();
            List<Assignment> started = fresh.stream()
                    .map(activation -> locked.containsKey(activation.leadId())
                            ? Assignment.lockedOut(activation, locked.get(activation.leadId()), now)
                            : router.route(activation, configuration, now, session).start(activation, now))
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
}
