package io.leadflow.assignment.domain.routing;

/**
 * Where a distribute step sends a lead.
 *
 * @param id the user id (USER, and optionally HOPPER: the owner the lead has while it waits there), the
 *     queue id (QUEUE) or the distribution rule's name (DISTRIBUTION_RULE); null for the other types
 */
public record Target(TargetType type, String id) {

    public static Target user(String userId) {
        return new Target(TargetType.USER, userId);
    }

    public static Target queue(String queueId) {
        return new Target(TargetType.QUEUE, queueId);
    }

    public static Target externalEngine() {
        return new Target(TargetType.EXTERNAL_ENGINE, null);
    }

    public static Target assignmentRules() {
        return new Target(TargetType.ASSIGNMENT_RULES, null);
    }

    public static Target distributionRule(String name) {
        return new Target(TargetType.DISTRIBUTION_RULE, name);
    }

    /** The hopper; {@code ownerId} null leaves the lead unassigned there. */
    public static Target hopper(String ownerId) {
        return new Target(TargetType.HOPPER, ownerId);
    }

    public String describe() {
        if (type == null) {
            return "no target";
        }
        return switch (type) {
            case USER -> "user " + id;
            case QUEUE -> "queue " + id;
            case EXTERNAL_ENGINE -> "the external engine";
            case ASSIGNMENT_RULES -> "the assignment rules";
            case DISTRIBUTION_RULE -> "distribution rule '" + id + "'";
            case HOPPER -> id == null ? "the hopper, unassigned" : "the hopper, owned by user " + id;
        };
    }
}
