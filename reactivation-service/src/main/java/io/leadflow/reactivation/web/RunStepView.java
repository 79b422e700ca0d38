package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.run.RunStep;
import java.time.Instant;

/** One step of a scenario run, as the API shows it. */
record RunStepView(String runId, String scenario, String trigger, String triggerEventId, Instant at, String outcome,
        String reason, Instant dueAt, String action, String responseId, String defaultCampaignId,
        String decisionEventId) {

    static RunStepView of(RunStep step) {
        return new RunStepView(step.runId(), step.scenario(), step.trigger().name(), step.triggerEventId(), step.at(),
                step.outcome().name(), step.reason(), step.dueAt(),
                step.action() == null ? null : step.action().name(), step.responseId(), step.campaignId(),
                step.decisionEventId());
    }
}
