package io.leadflow.assignment.domain.outbox;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadRouter;
import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works off what handlers stored but did not get to publish or confirm: they crashed, or the broker was away.
 * What no record would redeliver (a timeout, a claim, a completed wait) is in the outbox; a distribution rule's
 * pick whose assignment is stored but whose batch never confirmed it is confirmed here.
 */
public class OutboxSweeper {

    /**
     * How long a stored decision may stay unpublished before the sweeper assumes its handler died. Longer
     * than a healthy publish takes, so the sweeper rarely publishes alongside a live handler (which would
     * only repeat event ids that consumers drop).
     */
    public static final Duration PUBLICATION_GRACE = Duration.ofSeconds(5);

    private final LeadRouter router;
    private final RoutingConfigurations configurations;
    private final Assignments assignments;
    private final EngineWait engineWait;
    private final Clock clock;

    public OutboxSweeper(LeadRouter router, RoutingConfigurations configurations, Assignments assignments,
            EngineWait engineWait, Clock clock) {
        this.router = router;
        this.configurations = configurations;
        this.assignments = assignments;
        this.engineWait = engineWait;
        this.clock = clock;
    }

    /**
     * Publishes what handlers stored but did not get to publish (they crashed, or the broker was away), and
     * confirms the picks whose assignments are stored although their batch never confirmed them.
     */
    public void republishStalled() {
        Instant before = clock.instant().minus(PUBLICATION_GRACE);
        List<Assignment> stalled = assignments.stalled(before);
        engineWait.advance(stalled);
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
}
