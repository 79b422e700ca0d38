package io.leadflow.response.domain;

import java.time.Instant;

/**
 * How reactivation decisions activated a campaign member: how many times, and the latest one.
 *
 * @param count how many decisions activated the member; a default member counts the decision that inserted it
 * @param lastReactivatedAt when the latest did, by the service's clock
 * @param scenario the scenario of the latest decision
 * @param decisionId the latest decision's event id: applying that decision again finds it applied
 */
public record Reactivation(int count, Instant lastReactivatedAt, String scenario, String decisionId) {

    /** The reactivation by {@code decision} at {@code at}, after {@code previous} (null if there was none). */
    static Reactivation after(Reactivation previous, ReactivationDecision decision, Instant at) {
        return new Reactivation(previous == null ? 1 : previous.count + 1, at, decision.scenario(),
                decision.eventId());
    }
}
