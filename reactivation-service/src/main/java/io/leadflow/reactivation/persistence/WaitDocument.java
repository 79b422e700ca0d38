package io.leadflow.reactivation.persistence;

import io.leadflow.reactivation.domain.run.PendingWait;
import io.leadflow.reactivation.domain.scenario.TriggerType;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A scenario waiting to fire, in collection {@code reactivation_waits} ({@code _id} = lead id and scenario):
 * only pending waits, deleted once fired, so the timer's query reads a collection that does not grow with
 * history. A real MongoDB serves it from the {@code dueAt} index.
 */
@Document(WaitDocument.COLLECTION)
record WaitDocument(@Id String id, String runId, String leadId, String scenario, String trigger,
        String triggerEventId, String correlationId, Instant scheduledAt, @Indexed Instant dueAt,
        Integer baselineScore, String cause, String excludedResponseId, String relatedRecordType,
        String relatedRecordId) {

    static final String COLLECTION = "reactivation_waits";
    static final String RUN_ID = "runId";
    static final String LEAD_ID = "leadId";
    static final String DUE_AT = "dueAt";

    static WaitDocument of(PendingWait wait) {
        return new WaitDocument(wait.id(), wait.runId(), wait.leadId(), wait.scenario(), wait.trigger().name(),
                wait.triggerEventId(), wait.correlationId(), wait.scheduledAt(), wait.dueAt(), wait.baselineScore(),
                wait.cause(), wait.excludedResponseId(), wait.relatedRecordType(), wait.relatedRecordId());
    }

    PendingWait toWait() {
        return new PendingWait(runId, leadId, scenario, TriggerType.valueOf(trigger), triggerEventId, correlationId,
                scheduledAt, dueAt, baselineScore, cause, excludedResponseId, relatedRecordType, relatedRecordId);
    }
}
