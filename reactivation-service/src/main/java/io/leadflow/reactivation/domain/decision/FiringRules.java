package io.leadflow.reactivation.domain.decision;

import io.leadflow.reactivation.domain.lead.LeadHistory;
import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.scenario.Scenario;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.util.Optional;

/** Whether the event a wait started from still holds when the wait ends. Pure. */
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
        return Optional.empty();
    }
}
