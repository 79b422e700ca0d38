package io.leadflow.reactivation.domain.decision;

import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.CriteriaEvaluator;
import io.leadflow.criteria.CriteriaEvaluator.Outcome;
import io.leadflow.criteria.CriteriaText;
import io.leadflow.reactivation.domain.lead.CampaignHistoryEntry;
import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.util.Optional;

/**
 * Whether the event a wait started from still holds when the wait ends: the funnel is still closed, the trigger
 * condition still holds, and the scenario's lead criteria still match the lead as it is then. Pure.
 */
public final class FiringRules {

    private FiringRules() {
    }

    /** Why the scenario must not fire now, or empty when it fires. */
    public static Optional<String> whyNot(PendingWait wait, Scenario scenario, LeadHistory history) {
        if (history.hasOpenActiveResponse()) {
            return Optional.of("the lead got the active response " + history.openResponseId()
                    + " during the wait: one active response per lead");
        }
        if (wait.trigger() == TriggerType.SCORE && !scenario.score().stillHolds(wait.baselineScore(),
                history.snapshot().score())) {
            return Optional.of("the score is " + history.snapshot().score() + " when the wait ends: "
                    + scenario.score().describe() + " no longer holds");
        }
        if (wait.trigger() == TriggerType.ACTIVE_STATUS && !scenario.status().isActive(history.snapshot().status())) {
            return Optional.of("the status is " + history.snapshot().status() + " when the wait ends, not one of "
                    + String.join(" / ", scenario.status().active()));
        }
        Criteria criteria = scenario.effectiveLeadCriteria();
        Outcome leads = CriteriaEvaluator.evaluate(criteria, history.snapshot().facts(campaignOf(wait, history)));
        if (!leads.matched()) {
            return Optional.of("the lead no longer matches the scenario's lead criteria: " + CriteriaText.of(criteria)
                    + " (" + leads.reason() + ")");
        }
        return Optional.empty();
    }

    /** The campaign of the response-prompt response a RESPONSE_PROMPT wait started from; null for other triggers. */
    private static String campaignOf(PendingWait wait, LeadHistory history) {
        if (wait.trigger() != TriggerType.RESPONSE_PROMPT || wait.excludedResponseId() == null) {
            return null;
        }
        return history.entry(wait.excludedResponseId()).map(CampaignHistoryEntry::campaignId).orElse(null);
    }
}
