package io.leadflow.assignment.domain;

import io.leadflow.platform.events.EventIds;

/**
 * Which activation of its response an assignment answers, and what that activation asked for. A response's
 * first activation and each reactivation of it are rounds of assignment of their own: a reactivation routes
 * the lead again, however its earlier round ended, while a redelivery of the same activation changes nothing.
 *
 * @param activationEventId the {@code response.activated} event; null for assignments stored before it was
 *     recorded
 * @param kind why the response became active; {@code UNKNOWN} for a newer writer's kind, and for assignments
 *     stored before it was recorded
 * @param triggerNotification false when the activation asked that nobody be told about the assignment it leads
 *     to (a reactivation scenario without notifications): every {@code lead.assigned} of the round says so
 * @param reactivationScenario kind REACTIVATED: the scenario whose decision reactivated the funnel, if known
 * @param reactivationDecisionId kind REACTIVATED: the decision applied, if known
 */
public record Round(
        String activationEventId,
        ActivationKind kind,
        boolean triggerNotification,
        String reactivationScenario,
        String reactivationDecisionId) {

    public Round {
        kind = kind == null ? ActivationKind.UNKNOWN : kind;
        if ((kind == ActivationKind.REACTIVATED || kind == ActivationKind.MANUAL_REASSIGNMENT)
                && (activationEventId == null || activationEventId.isBlank())) {
            throw new IllegalArgumentException("a " + kind + " round needs its activation's event id: it names the round");
        }
    }

    /** The response's first activation (a new MQL), which asks for notifications. */
    public static Round firstActivation(String activationEventId) {
        return new Round(activationEventId, ActivationKind.NEW_RESPONSE, true, null, null);
    }

    /** A reactivation of the response by a scenario's decision, which asks for notifications. */
    public static Round reactivation(String activationEventId, String scenario, String decisionId) {
        return new Round(activationEventId, ActivationKind.REACTIVATED, true, scenario, decisionId);
    }

    /** A manual reassignment of the lead, named by {@code requestEventId} (the request and the lead). */
    public static Round manualReassignment(String requestEventId) {
        return new Round(requestEventId, ActivationKind.MANUAL_REASSIGNMENT, true, null, null);
    }

    /** The same round, its activation having asked that nobody be told. */
    public Round withoutNotification() {
        return new Round(activationEventId, kind, false, reactivationScenario, reactivationDecisionId);
    }

    public boolean isReactivation() {
        return kind == ActivationKind.REACTIVATED;
    }

    /**
     * The id of the assignment this round of {@code responseId} starts. A first activation's (or one of a kind
     * this version does not know) is the response id, as for every assignment stored before rounds existed, so
     * its redeliveries, its REST address and its derived event ids keep their meaning. A reactivation's is
     * derived from the response and the activation's event id: a new assignment for each reactivation, the same
     * one for each redelivery of it. A manual reassignment's likewise, from its request.
     */
    public String assignmentId(String responseId) {
        return isReactivation() || kind == ActivationKind.MANUAL_REASSIGNMENT
                ? EventIds.derived("assignment", responseId, kind.name(), activationEventId)
                : responseId;
    }
}
