package io.leadflow.assignment.domain.routing;

/** What a distribute step can send a lead to. */
public enum TargetType {
    /** A specific user; an existing owner is replaced. */
    USER,
    /** A queue of the CRM. */
    QUEUE,
    /** Park the lead with the temporary owner and wait for an external engine (such as Matchmaker). */
    EXTERNAL_ENGINE,
    /** The ordered assignment rules: the first entry whose criteria match decides, else the catch-all. */
    ASSIGNMENT_RULES,
    /** A named distribution rule: round robin, weighted or load balanced over a pool of users. */
    DISTRIBUTION_RULE,
    /** The hopper, where users claim leads; with an owner, or unassigned. */
    HOPPER
}
