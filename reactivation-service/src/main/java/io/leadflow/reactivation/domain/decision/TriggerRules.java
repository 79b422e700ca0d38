package io.leadflow.reactivation.domain.decision;

import io.leadflow.criteria.CriteriaEvaluator;
import io.leadflow.criteria.CriteriaEvaluator.Outcome;
import io.leadflow.criteria.LeadFacts;
import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.lead.LeadEvent.OwnerChanged;
import io.leadflow.reactivation.domain.lead.LeadEvent.ReactivationRequested;
import io.leadflow.reactivation.domain.lead.LeadEvent.ResponseActivated;
import io.leadflow.reactivation.domain.lead.LeadEvent.ResponseClosed;
import io.leadflow.reactivation.domain.lead.LeadEvent.ResponseInserted;
import io.leadflow.reactivation.domain.lead.LeadEvent.ScoreChanged;
import io.leadflow.reactivation.domain.lead.LeadEvent.StatusChanged;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.ScenarioConfiguration;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one event does to a lead's history, and which scenario it triggers if any. Pure. A scenario counts the
 * event when its trigger condition holds and its lead criteria match the lead as it is after the event (its
 * campaignId being the response-prompt campaign of a RESPONSE_PROMPT event). The configuration validator makes
 * sure at most one enabled scenario can count one event, so the first that does is the one.
 *
 * <p>A redelivered event (its id among those the history has seen) changes nothing and triggers nothing. A
 * score or status change older than the one the history holds arrived late (out of order): it neither changes
 * the lead nor triggers anything, since the lead has moved on since.
 */
public final class TriggerRules {

    private TriggerRules() {
    }

    /** The history after the event, and the scenario it triggers. */
    public record Applied(LeadHistory history, Optional<Triggered> triggered) {

        static Applied quietly(LeadHistory history) {
            return new Applied(history, Optional.empty());
        }
    }

    /** An invocation of a scenario that is not an enabled invocable one. */
    public static class UnknownScenarioException extends RuntimeException {

        public UnknownScenarioException(String message) {
            super(message);
        }
    }

    public static Applied apply(LeadHistory history, LeadEvent event, ScenarioConfiguration configuration) {
        if (history.hasSeen(event.eventId())) {
            return Applied.quietly(history);
        }
        LeadHistory seen = history.seen(event.eventId());
        if (event instanceof ResponseInserted) {
            return responseInserted(seen, (ResponseInserted) event, configuration);
        }
        if (event instanceof ResponseActivated) {
            ResponseActivated activated = (ResponseActivated) event;
            return Applied.quietly(seen.activated(activated.responseId(), activated.occurredAt(),
                    activated.reactivation()));
        }
        if (event instanceof ResponseClosed) {
            return Applied.quietly(seen.closed(((ResponseClosed) event).responseId(), event.occurredAt()));
        }
        if (event instanceof ScoreChanged) {
            return scoreChanged(seen, (ScoreChanged) event, configuration);
        }
        if (event instanceof StatusChanged) {
            return statusChanged(seen, (StatusChanged) event, configuration);
        }
        if (event instanceof OwnerChanged) {
            OwnerChanged changed = (OwnerChanged) event;
            return Applied.quietly(changed.primaryAgent() ? seen.withOwner(changed.owner()) : seen);
        }
        return invoked(seen, (ReactivationRequested) event, configuration);
    }

    private static Applied responseInserted(LeadHistory history, ResponseInserted response,
            ScenarioConfiguration configuration) {
        boolean known = history.entry(response.responseId()).isPresent();
        String heldBy = history.openResponseId();
        LeadHistory next = history.inserted(CampaignHistoryEntry.inserted(response.responseId(),
                response.campaignId(), response.campaignName(), response.memberStatus(), response.responded(),
                response.occurredAt(), heldBy), response.lead());
        if (known) {
            return Applied.quietly(next);
        }
        return first(configuration, TriggerType.RESPONSE_PROMPT,
                scenario -> scenario.responsePrompt().isMetBy(response.campaignId()),
                next.snapshot().facts(response.campaignId()))
                .map(counted -> new Applied(next, Optional.of(new Triggered(counted.scenario(), response,
                        "response " + response.responseId() + " to the response-prompt campaign "
                                + campaignName(response) + " arrived" + counted.forLead(), null,
                        response.responseId(), null, null))))
                .orElse(Applied.quietly(next));
    }

    private static Applied scoreChanged(LeadHistory history, ScoreChanged change, ScenarioConfiguration configuration) {
        if (!history.isNewScore(change.occurredAt())) {
            return Applied.quietly(history);
        }
        Integer previous = change.previousScore() != null ? change.previousScore() : history.snapshot().score();
        LeadHistory next = history.withScore(change.score(), change.occurredAt());
        return first(configuration, TriggerType.SCORE, scenario -> scenario.score().isMetBy(previous, change.score()),
                next.snapshot().facts(null))
                .map(counted -> new Applied(next, Optional.of(new Triggered(counted.scenario(), change,
                        "the score changed from " + (previous == null ? "none" : previous) + " to " + change.score()
                                + " (" + counted.scenario().score().describe() + ")" + counted.forLead(), previous,
                        null, null, null))))
                .orElse(Applied.quietly(next));
    }

    private static Applied statusChanged(LeadHistory history, StatusChanged change,
            ScenarioConfiguration configuration) {
        if (!history.isNewStatus(change.occurredAt())) {
            return Applied.quietly(history);
        }
        String previous = change.previousStatus() != null ? change.previousStatus() : history.snapshot().status();
        LeadHistory next = history.withStatus(change.status(), change.occurredAt());
        return first(configuration, TriggerType.ACTIVE_STATUS,
                scenario -> scenario.status().isMetBy(previous, change.status()), next.snapshot().facts(null))
                .map(counted -> new Applied(next, Optional.of(new Triggered(counted.scenario(), change,
                        "the status changed from " + (previous == null ? "none" : previous) + " to "
                                + change.status() + " (" + counted.scenario().status().describe() + ")"
                                + counted.forLead(), null, null, null, null))))
                .orElse(Applied.quietly(next));
    }

    private static Applied invoked(LeadHistory history, ReactivationRequested request,
            ScenarioConfiguration configuration) {
        Scenario scenario = invocable(configuration, request.scenario());
        return new Applied(history, Optional.of(new Triggered(scenario, request,
                "invoked for " + request.relatedRecordType() + " " + request.relatedRecordId()
                        + (request.requestedBy() == null ? "" : " by " + request.requestedBy()),
                null, null, request.relatedRecordType(), request.relatedRecordId())));
    }

    /**
     * The enabled invocable scenario named {@code name}.
     *
     * @throws UnknownScenarioException when there is none
     */
    public static Scenario invocable(ScenarioConfiguration configuration, String name) {
        return configuration.scenario(name)
                .filter(scenario -> scenario.trigger() == TriggerType.INVOCABLE && scenario.isEnabled())
                .orElseThrow(() -> new UnknownScenarioException("no enabled invocable scenario named " + name
                        + " (invocable ones: " + String.join(", ", configuration.enabled(TriggerType.INVOCABLE)
                                .stream().map(Scenario::name).toList()) + ")"));
    }

    /**
     * A scenario that counts an event.
     *
     * @param forLead why its lead criteria match, to follow the event in words ("" when it has none)
     */
    private record Counted(Scenario scenario, String forLead) {
    }

    /** The first enabled scenario of the trigger whose condition holds and whose lead criteria match the lead. */
    private static Optional<Counted> first(ScenarioConfiguration configuration, TriggerType trigger,
            Predicate<Scenario> counts, LeadFacts lead) {
        for (Scenario scenario : configuration.enabled(trigger)) {
            if (!counts.test(scenario)) {
                continue;
            }
            Outcome leads = CriteriaEvaluator.evaluate(scenario.effectiveLeadCriteria(), lead);
            if (leads.matched()) {
                return Optional.of(new Counted(scenario, scenario.limitsLeads()
                        ? ", and the lead matches its lead criteria (" + leads.reason() + ")" : ""));
            }
        }
        return Optional.empty();
    }

    private static String campaignName(ResponseInserted response) {
        return response.campaignName() == null ? response.campaignId() : response.campaignName();
    }
}
