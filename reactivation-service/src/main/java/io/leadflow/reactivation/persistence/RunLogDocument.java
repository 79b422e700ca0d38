package io.leadflow.reactivation.persistence;

import io.leadflow.reactivation.domain.run.Action;
import io.leadflow.reactivation.domain.run.RunOutcome;
import io.leadflow.reactivation.domain.run.RunStep;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lead's run log in collection {@code run_logs} ({@code _id} = lead id): its newest steps, oldest first. */
@Document(RunLogDocument.COLLECTION)
record RunLogDocument(@Id String leadId, List<StepDocument> steps) {

    static final String COLLECTION = "run_logs";
    static final String STEPS = "steps";
    /** Steps a lead keeps: enough for months of a lead's runs, bounded so the document never grows forever. */
    static final int MAX_STEPS = 200;

    record StepDocument(String runId, String scenario, String trigger, String triggerEventId, Instant at,
            String outcome, String reason, Instant dueAt, String action, String responseId, String campaignId,
            String decisionEventId) {

        static StepDocument of(RunStep step) {
            return new StepDocument(step.runId(), step.scenario(), step.trigger().name(), step.triggerEventId(),
                    step.at(), step.outcome().name(), step.reason(), step.dueAt(),
                    step.action() == null ? null : step.action().name(), step.responseId(), step.campaignId(),
                    step.decisionEventId());
        }

        RunStep toStep(String leadId) {
            return new RunStep(runId, leadId, scenario, TriggerType.valueOf(trigger), triggerEventId, at,
                    RunOutcome.valueOf(outcome), reason, dueAt, action == null ? null : Action.valueOf(action),
                    responseId, campaignId, decisionEventId);
        }
    }
}
