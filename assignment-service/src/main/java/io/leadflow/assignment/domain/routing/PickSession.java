package io.leadflow.assignment.domain.routing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The picks of one batch of routings: each distribution rule's state is read once, every pick of the batch
 * is made on it in memory, and it is written once. The write is conditional on the version read, so an
 * instance that picked for the same rule meanwhile makes {@link #store()} fail and the batch is routed
 * again from the new state; picks already stored by an earlier attempt are found again, not repeated.
 */
public final class PickSession {

    /** Instances picking for one rule at once queue up; this many lost races means something is wrong. */
    private static final int MAX_CONFIRM_ATTEMPTS = 200;

    private final DistributionStates states;
    private final boolean live;
    private final Map<String, DistributionState> read = new LinkedHashMap<>();
    private final Map<String, DistributionState> latest = new LinkedHashMap<>();

    PickSession(DistributionStates states, boolean live) {
        this.states = states;
        this.live = live;
    }

    /** Whether picks are kept (live routing) or only shown (a preview, which never stores this session). */
    boolean live() {
        return live;
    }

    DistributionState state(String rule) {
        return latest.computeIfAbsent(rule, name -> {
            DistributionState stored = states.load(name);
            read.put(name, stored);
            return stored;
        });
    }

    void picked(DistributionState next) {
        latest.put(next.rule(), next);
    }

    /**
     * Writes every rule's state this session changed. False when another instance changed one of them since
     * it was read: route the batch again in a new session.
     */
    public boolean store() {
        for (Map.Entry<String, DistributionState> rule : latest.entrySet()) {
            DistributionState before = read.get(rule.getKey());
            if (rule.getValue() != before && !states.replace(before, rule.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The routing keys of each rule's picks made before {@code before} that still wait for confirmation: those
     * whose batch never confirmed them (its instance died after storing its assignments, say).
     */
    public Map<String, List<String>> unconfirmedBefore(Collection<String> rules, Instant before) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String rule : rules) {
            List<String> stale = states.load(rule).unconfirmedPicks().stream()
                    .filter(pick -> !pick.at().isAfter(before)).map(Pick::routingKey).toList();
            if (!stale.isEmpty()) {
                keys.put(rule, stale);
            }
        }
        return keys;
    }

    /**
     * Once the assignments routed under these keys are stored, their picks need no remembering: each rule
     * forgets them (one conditional write per rule, repeated if another instance wrote the rule meanwhile).
     */
    public void confirm(Map<String, ? extends Collection<String>> routingKeysByRule) {
        for (Map.Entry<String, ? extends Collection<String>> picks : routingKeysByRule.entrySet()) {
            String rule = picks.getKey();
            Set<String> keys = new HashSet<>(picks.getValue());
            for (int attempt = 0; ; attempt++) {
                DistributionState current = states.load(rule);
                if (!current.awaitsConfirmation(keys) || states.replace(current, current.confirmed(keys))) {
                    break;
                }
                if (attempt == MAX_CONFIRM_ATTEMPTS) {
                    throw new IllegalStateException("distribution rule '" + rule + "' changed under "
                            + MAX_CONFIRM_ATTEMPTS + " attempts in a row to confirm picks");
                }
            }
        }
    }
}
