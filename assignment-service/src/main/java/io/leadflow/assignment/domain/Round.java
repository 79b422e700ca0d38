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
 * @param requestedBy kinds MANUAL_REASSIGNMENT and GROUP_REASSIGNMENT: the user who asked
 * @param reassignmentGroup kind GROUP_REASSIGNMENT: the reassignment group distributing the lead
 */
public record Round(
        String activationEventId,
        ActivationKind kind,
        boolean triggerNotification,
        String reactivationScenario,
        String reactivationDecisionId,
        String requestedBy,
        String reassignmentGroup) {

    public Round {
        kind = kind == null ? ActivationKind.UNKNOWN : kind;
        if ((kind == ActivationKind.REACTIVATED || kind.isRequested())
                && (activationEventId == null || activationEventId.isBlank())) {
            throw new IllegalArgumentException("a " + kind + " round needs its activation's event id: it names the round");
        }
    }

    /** A round started by an activation of the response (not by a person's request). */
    public Round(String activationEventId, ActivationKind kind, boolean triggerNotification,
            String reactivationScenario, String reactivationDecisionId) {
        this(activationEventId, kind, triggerNotification, reactivationScenario, reactivationDecisionId, null, null);
    }

    /** The response's first activation (a new MQL), which asks for notifications. */
    public static Round firstActivation(String activationEventId) {
        return new Round(activationEventId, ActivationKind.NEW_RESPONSE, true, null, null);
    }

    /** A reactivation of the response by a scenario's decision, which asks for notifications. */
    public static Round reactivation(String activationEventId, String scenario, String decisionId) {
        return new Round(activationEventId, ActivationKind.REACTIVATED, true, scenario, decisionId);
    }

    /** A manual reassignment of the lead by {@code requestedBy}, named by {@code requestEventId} (request and lead). */
    public static Round manualReassignment(String requestEventId, String requestedBy) {
        return new Round(requestEventId, ActivationKind.MANUAL_REASSIGNMENT, true, null, null, requestedBy, null);
    }

    /** A distribution of the lead through reassignment group {@code group}, started by {@code requestedBy}. */
    public static Round groupReassignment(String requestEventId, String requestedBy, String group) {
        return new Round(requestEventId, ActivationKind.GROUP_REASSIGNMENT, true, null, null, requestedBy, group);
    }

    public boolean isGroupReassignment() {
        return kind == ActivationKind.GROUP_REASSIGNMENT;
    }

    /** The same round, its activation having asked that nobody be told. */
    public Round withoutNotification() {
        return new Round(activationEventId, kind, false, reactivationScenario, reactivationDecisionId, requestedBy,
                reassignmentGroup);
    }

    public boolean isReactivation() {
        return kind == ActivationKind.REACTIVATED;
    }

    /**
     * The id of the assignment this round of {@code responseId} starts. A first activation's (or one of a kind
     * this version does not know) is the response id, as for every assignment stored before rounds existed, so
     * its redeliveries, its REST address and its derived event ids keep their meaning. A reactivation's is
     * derived from the response and the activation's event id: a new assignment for each reactivation, the same
     * one for each redelivery of it. A manual or group reassignment's likewise, from its request.
     */
    public String assignmentId(String responseId) {
        return isReactivation() || kind.isRequested()
                ? EventIds.derived("assignment", responseId, kind.name(), activationEventId)
                : responseId;
    }
}
