package io.leadflow.reactivation.domain.decision;

import io.leadflow.reactivation.domain.lead.LeadEvent;
import io.leadflow.reactivation.domain.scenario.Scenario;

/**
 * An event that counts for a scenario.
 *
 * @param cause the event in words, e.g. "the score rose from 30 to 80 (the score crosses 50)"
 * @param baselineScore SCORE: the score before the event
 * @param excludedResponseId RESPONSE_PROMPT: the prompt, which is never the response to revive
 */
public record Triggered(Scenario scenario, LeadEvent event, String cause, Integer baselineScore,
        String excludedResponseId, String relatedRecordType, String relatedRecordId) {
}
