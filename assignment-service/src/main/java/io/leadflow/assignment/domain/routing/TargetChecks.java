package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.Findings.isBlank;

/** Checks that a target can be followed: it has a type, and the user, queue or rule it names exists. */
final class TargetChecks {

    private final RoutingConfiguration configuration;
    private final Findings findings;

    TargetChecks(RoutingConfiguration configuration, Findings findings) {
        this.configuration = configuration;
        this.findings = findings;
    }

    /**
     * @param owner what holds the target, at the start of a sentence, e.g. "The overflow of distribution rule 'X'"
     * @param assignmentRulesAllowed only the activation target may send leads through the assignment rules: from
     *     anywhere else (a rule, the catch-all, an overflow) that would be a loop
     */
    void check(String path, Target target, String owner, boolean assignmentRulesAllowed) {
        if (target.type() == null) {
            findings.error(path + ".type", owner + " has no type; use one of USER, QUEUE, EXTERNAL_ENGINE, "
                    + (assignmentRulesAllowed ? "ASSIGNMENT_RULES, " : "") + "DISTRIBUTION_RULE or HOPPER.");
            return;
        }
        String id = target.id();
        String idPath = path + ".id";
        switch (target.type()) {
            case USER -> {
                if (isBlank(id)) {
                    findings.error(idPath, owner + " is a USER target without a user id; name the user.");
                } else if (configuration.user(id).isEmpty()) {
                    findings.error(idPath, owner + " names user '" + id
                            + "', an unknown user; add them to the users or name another user.");
                }
            }
            case QUEUE -> {
                if (isBlank(id)) {
                    findings.error(idPath, owner + " is a QUEUE target without a queue id; name the queue.");
                } else if (configuration.queue(id).isEmpty()) {
                    findings.error(idPath, owner + " names queue '" + id
                            + "', an unknown queue; add it to the queues or name another queue.");
                }
            }
            case DISTRIBUTION_RULE -> {
                if (isBlank(id)) {
                    findings.error(idPath, owner
                            + " is a DISTRIBUTION_RULE target without a rule name; name the distribution rule.");
                } else if (configuration.distributionRule(id).isEmpty()) {
                    findings.error(idPath, owner + " names distribution rule '" + id
                            + "', which does not exist; add it to the distribution rules or name another rule.");
                }
            }
            case HOPPER -> {
                if (id != null && configuration.user(id).isEmpty()) {
                    findings.error(idPath, owner + " puts leads in the hopper owned by user '" + id
                            + "', an unknown user; add them to the users, or leave the owner out to leave leads"
                            + " unassigned in the hopper.");
                }
            }
            case ASSIGNMENT_RULES -> {
                if (!assignmentRulesAllowed) {
                    findings.error(path + ".type", owner + " is ASSIGNMENT_RULES, which would send leads through"
                            + " the assignment rules again, in a loop; only the activation target may be"
                            + " ASSIGNMENT_RULES.");
                }
            }
            case EXTERNAL_ENGINE -> {
                // Needs nothing: the external engine is not configured here.
            }
        }
    }
}
