package io.leadflow.reactivation.domain;

import io.leadflow.reactivation.domain.decision.Selection;
import io.leadflow.reactivation.domain.scenario.Scenario;
import java.time.Instant;

/**
 * What an event would do to a lead now, without changing anything: which scenario counts it, whether it would
 * start a wait, when that wait would end, and what the scenario would decide then if nothing else happened.
 *
 * @param configurationVersion the scenario configuration the preview used
 * @param scenario the scenario that counts the event (null: none)
 * @param starts whether the event would start a wait
 * @param reason why, in words
 * @param firesAt when the wait would end (null unless it starts)
 * @param selection what the scenario would decide at {@code firesAt} (null unless it starts)
 */
public record Preview(long configurationVersion, Scenario scenario, boolean starts, String reason, Instant firesAt,
        Selection selection) {
}
