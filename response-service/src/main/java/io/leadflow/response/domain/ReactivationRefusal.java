package io.leadflow.response.domain;

import java.time.Instant;

/**
 * A reactivation decision this service refused to apply, recorded in the lead's funnel so that people can see why
 * and a redelivery of the decision finds it decided.
 *
 * @param refusedAt when, by the service's clock
 * @param reason why, for people
 */
public record ReactivationRefusal(
        String decisionId, String scenario, ReactivationAction action, Instant refusedAt, String reason) {
}
