package io.leadflow.reactivation.domain;

import io.leadflow.reactivation.domain.decision.ActionSelection;
import io.leadflow.reactivation.domain.decision.Decision;
import io.leadflow.reactivation.domain.decision.DecisionPublisher;
import io.leadflow.reactivation.domain.decision.FiringRules;
import io.leadflow.reactivation.domain.decision.Selection;
import io.leadflow.reactivation.domain.decision.SyncRequest;
import io.leadflow.reactivation.domain.decision.TriggerRules;
import io.leadflow.reactivation.domain.decision.TriggerRules.Applied;
import io.leadflow.reactivation.domain.decision.TriggerRules.UnknownScenarioException;
import io.leadflow.reactivation.domain.decision.Triggered;
import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.lead.LeadHistories;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.run.RunLog;
import io.leadflow.reactivation.domain.run.RunOutcome;
import io.leadflow.reactivation.domain.run.RunStep;
import io.leadflow.reactivation.domain.run.Waits;
import io.leadflow.reactivation.domain.scenario.ConfigurationVersion;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reactivation, a batch at a time: events update the leads' projections and may start a scenario's wait; due
 * waits fire, and a scenario that still holds decides what re-enters the funnel. Every step of every run is
 * logged per lead.
 *
 * <p>One consumer applies all events of a lead (its topics are co-partitioned and assigned together), so the
 * projections are read, changed in memory and written whole without conditional writes. The timer never
 * writes a projection: it reads them, publishes, logs and removes the waits it fired.
 *
 * <p>Every method is safe to call again with the same input: derived ids make a replayed batch or a wait fired
 * twice (two instances, or a crash before its removal) publish the same events, which their consumers drop.
 */
public class Reactivations {

    /** Waits fired per timer round; the rest wait for the next round. */
    static final int MAX_DUE_PER_ROUND = 500;

    private final LeadHistories histories;
    private final Waits waits;
    private final RunLog runLog;
    private final DecisionPublisher publisher;
    private final Supplier<ConfigurationVersion> configuration;
    private final Clock clock;

    public Reactivations(LeadHistories histories, Waits waits, RunLog runLog, DecisionPublisher publisher,
            Supplier<ConfigurationVersion> configuration, Clock clock) {
        this.histories = histories;
        this.waits = waits;
        this.runLog = runLog;
        this.publisher = publisher;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** An event this service cannot accept, with the reason. */
    public record Rejected(LeadEvent event, String reason) {
    }

    /**
     * Applies a batch of events in order and starts the waits of the scenarios they trigger.
     *
     * @return the invocations of scenarios that are not enabled invocable ones; every other event is applied
     */
    public List<Rejected> receive(List<LeadEvent> events) {
        ScenarioConfiguration scenarios = configuration.get().configuration();
        Instant now = now();
        Set<String> leadIds = new LinkedHashSet<>();
        events.forEach(event -> leadIds.add(event.leadId()));
        Map<String, LeadHistory> stored = histories.findAll(leadIds);
        Map<String, LeadHistory> current = new LinkedHashMap<>(stored);
        List<Rejected> rejected = new ArrayList<>();
        Starts starts = new Starts(now);
        for (LeadEvent event : events) {
            LeadHistory history = current.getOrDefault(event.leadId(), LeadHistory.empty(event.leadId()));
            Applied applied;
            try {
                applied = TriggerRules.apply(history, event, scenarios);
            } catch (UnknownScenarioException unknown) {
                rejected.add(new Rejected(event, unknown.getMessage()));
                continue;
            }
            current.put(event.leadId(), applied.history());
            applied.triggered().ifPresent(triggered -> starts.add(triggered, applied.history()));
        }
        starts.write();
        List<LeadHistory> changed = current.values().stream()
                .filter(history -> !history.equals(stored.get(history.leadId())))
                .toList();
        if (!changed.isEmpty()) {
            histories.saveAll(changed);
        }
        return rejected;
    }

    /**
     * Runs an invocable scenario for a lead at once (the REST API): the same as a {@code reactivation.requested}
     * event, except that the lead's projection is only read.
     *
     * @throws UnknownScenarioException when the scenario is not an enabled invocable one
     */
    public RunStep invoke(LeadEvent.ReactivationRequested request) {
        LeadHistory history = histories.findAll(Set.of(request.leadId())).getOrDefault(request.leadId(),
                LeadHistory.empty(request.leadId()));
        Triggered triggered = TriggerRules.apply(LeadHistory.empty(request.leadId()), request,
                configuration.get().configuration()).triggered().orElseThrow();
        Starts starts = new Starts(now());
        starts.add(triggered, history);
        return starts.write().get(0);
    }

    /**
     * Fires the waits that are due: each scenario whose event still holds decides, publishes its decision (and
     * its sync command), then the steps are logged and the waits removed. At most one decision per lead per
     * round: a second scenario due for the same lead at the same moment is cancelled.
     *
     * @return how many waits were handled
     */
    public int fireDue() {
        Instant now = now();
        List<PendingWait> due = waits.due(now, MAX_DUE_PER_ROUND);
        if (due.isEmpty()) {
            return 0;
        }
        ScenarioConfiguration scenarios = configuration.get().configuration();
        Set<String> leadIds = new LinkedHashSet<>();
        due.forEach(wait -> leadIds.add(wait.leadId()));
        Map<String, LeadHistory> read = histories.findAll(leadIds);
        Set<String> decidedLeads = new HashSet<>();
        List<Decision> decisions = new ArrayList<>();
        List<SyncRequest> syncs = new ArrayList<>();
        List<RunStep> steps = new ArrayList<>();
        for (PendingWait wait : due) {
            LeadHistory history = read.getOrDefault(wait.leadId(), LeadHistory.empty(wait.leadId()));
            Optional<Scenario> scenario = scenarios.scenario(wait.scenario())
                    .filter(found -> found.isEnabled() && found.trigger() == wait.trigger());
            if (scenario.isEmpty()) {
                steps.add(RunStep.of(wait, now, RunOutcome.CANCELLED,
                        "the scenario " + wait.scenario() + " was removed, disabled or changed its trigger during the wait"));
                continue;
            }
            if (decidedLeads.contains(wait.leadId())) {
                steps.add(RunStep.of(wait, now, RunOutcome.CANCELLED,
                        "another scenario decided for this lead at the same moment"));
                continue;
            }
            Optional<String> gone = FiringRules.whyNot(wait, scenario.get(), history);
            if (gone.isPresent()) {
                steps.add(RunStep.of(wait, now, RunOutcome.CONDITION_GONE, gone.get()));
                continue;
            }
            Selection selection = ActionSelection.choose(history, scenario.get(), scenarios, now,
                    wait.excludedResponseId());
            if (!selection.decided()) {
                steps.add(RunStep.of(wait, now, RunOutcome.NO_ELIGIBLE_RESPONSE, wait.cause() + "; "
                        + selection.reason()));
                continue;
            }
            Decision decision = Decision.of(Ids.decision(wait.runId()), wait, scenario.get(), selection,
                    history.snapshot(), now);
            decisions.add(decision);
            if (scenario.get().effectiveSync().isOn()) {
                syncs.add(SyncRequest.of(Ids.syncRequest(wait.runId()), decision, scenario.get().effectiveSync()));
            }
            decidedLeads.add(wait.leadId());
            steps.add(new RunStep(wait.runId(), wait.leadId(), wait.scenario(), wait.trigger(), wait.triggerEventId(),
                    now, RunOutcome.DECIDED, decision.reason(), null, decision.action(), decision.responseId(),
                    selection.action() == io.leadflow.reactivation.domain.run.Action.INSERT_DEFAULT_MEMBER
                            ? selection.campaignId() : null,
                    decision.eventId()));
        }
        if (!decisions.isEmpty()) {
            publisher.publish(decisions, syncs);
        }
        runLog.append(steps);
        waits.remove(due);
        return due.size();
    }

    /**
     * What {@code event} would do to its lead now, with the configuration in effect: nothing is stored, logged or
     * published.
     *
     * @throws UnknownScenarioException when the event invokes a scenario that is not an enabled invocable one
     */
    public Preview preview(LeadEvent event) {
        ConfigurationVersion version = configuration.get();
        Instant now = now();
        LeadHistory history = histories.findAll(Set.of(event.leadId())).getOrDefault(event.leadId(),
                LeadHistory.empty(event.leadId()));
        Applied applied = TriggerRules.apply(history, event, version.configuration());
        if (applied.triggered().isEmpty()) {
            return new Preview(version.version(), null, false, "no enabled scenario counts this event for this lead"
                    + " (a score or status change older than the lead's current one never counts)", null, null);
        }
        Triggered triggered = applied.triggered().get();
        Scenario scenario = triggered.scenario();
        if (history.hasOpenActiveResponse()) {
            return new Preview(version.version(), scenario, false, triggered.cause() + "; the lead has the open "
                    + "active response " + history.openResponseId() + ": one active response per lead", null, null);
        }
        Optional<PendingWait> waiting = waits.ofLeads(Set.of(event.leadId())).stream()
                .filter(wait -> wait.scenario().equals(scenario.name())).findFirst();
        if (waiting.isPresent()) {
            return new Preview(version.version(), scenario, false, triggered.cause() + "; the scenario already "
                    + "waits for this lead until " + waiting.get().dueAt() + " (run " + waiting.get().runId() + ")",
                    null, null);
        }
        Instant firesAt = now.plus(scenario.effectiveWait());
        Selection selection = ActionSelection.choose(applied.history(), scenario, version.configuration(), firesAt,
                triggered.excludedResponseId());
        return new Preview(version.version(), scenario, true, triggered.cause() + "; fires at " + firesAt
                + " if that still holds; if nothing else happens by then it " + selection.reason(), firesAt, selection);
    }

    /** Fires due waits round after round until a round finds fewer than a full round's worth. */
    public void fireDueUntilNoneLeft() {
        int fired;
        do {
            fired = fireDue();
        } while (fired == MAX_DUE_PER_ROUND);
    }

    /** What this service knows of a lead and why it was or was not reactivated. */
    public record LeadReactivations(LeadHistory history, List<PendingWait> waiting, List<RunStep> steps) {
    }

    public LeadReactivations of(String leadId) {
        return new LeadReactivations(
                histories.findAll(Set.of(leadId)).getOrDefault(leadId, LeadHistory.empty(leadId)),
                waits.ofLeads(Set.of(leadId)), runLog.ofLead(leadId));
    }

    private Instant now() {
        // Avro and MongoDB keep milliseconds: truncating keeps stored and published times equal.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The runs a batch starts: a wait each, unless the lead's funnel is open or the scenario already waits. */
    private final class Starts {

        private final Instant now;
        private final List<PendingWait> started = new ArrayList<>();
        private final List<RunStep> steps = new ArrayList<>();

        Starts(Instant now) {
            this.now = now;
        }

        void add(Triggered triggered, LeadHistory history) {
            LeadEvent event = triggered.event();
            Scenario scenario = triggered.scenario();
            PendingWait wait = new PendingWait(Ids.run(scenario.name(), event.eventId()), event.leadId(),
                    scenario.name(), scenario.trigger(), event.eventId(), event.correlationId(), now,
                    now.plus(scenario.effectiveWait()), triggered.baselineScore(), triggered.cause(),
                    triggered.excludedResponseId(), triggered.relatedRecordType(), triggered.relatedRecordId());
            if (history.hasOpenActiveResponse()) {
                steps.add(RunStep.of(wait, now, RunOutcome.ACTIVE_RESPONSE_EXISTS, triggered.cause()
                        + "; the lead has the open active response " + history.openResponseId()
                        + ": one active response per lead"));
            } else {
                started.add(wait);
            }
        }

        /** Stores the new waits, then logs every step; returns the steps. */
        List<RunStep> write() {
            Map<String, String> inPlace = started.isEmpty() ? Map.of() : waits.schedule(started);
            for (PendingWait wait : started) {
                String runInPlace = inPlace.get(wait.id());
                if (wait.runId().equals(runInPlace)) {
                    steps.add(RunStep.of(wait, now, RunOutcome.WAITING,
                            wait.cause() + "; fires at " + wait.dueAt() + " if that still holds"));
                } else {
                    steps.add(RunStep.of(wait, now, RunOutcome.ALREADY_WAITING,
                            wait.cause() + "; the scenario already waits for this lead (run " + runInPlace
                                    + "), which stands"));
                }
            }
            if (!steps.isEmpty()) {
                runLog.append(steps);
            }
            return steps;
        }
    }
}
