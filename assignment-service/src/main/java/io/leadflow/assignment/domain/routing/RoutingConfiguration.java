package io.leadflow.assignment.domain.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Everything that decides where leads go. Checked by {@link ConfigurationValidator} before it is used.
 *
 * @param activationTarget where the distribute step sends the lead of a newly active response (when its
 *     owner is subject to reassignment)
 * @param assignmentRules ordered; the first entry whose criteria match decides
 * @param catchAll where a lead goes when no assignment rule matches (null: it stays unassigned)
 * @param distributionRules the named pools
 * @param users the users leads may be routed to, with their availability
 * @param queues the queues leads may be routed to
 * @param regions named territories for the {@code region} attribute
 * @param acknowledgement the acknowledgement SLA of every lead routed to a user, unless its distribution rule or
 *     assignment rule has its own (null: leads are assigned without being offered first)
 * @param candidateQueries the named queries reassignments find their candidates with
 */
public record RoutingConfiguration(
        Target activationTarget,
        List<AssignmentRule> assignmentRules,
        Target catchAll,
        List<DistributionRule> distributionRules,
        List<RoutingUser> users,
        List<RoutingQueue> queues,
        List<Region> regions,
        Acknowledgement acknowledgement,
        List<CandidateQuery> candidateQueries) {

    /** What leadflow does before anyone configured routing: hand every lead to the external engine. */
    public static final RoutingConfiguration DEFAULT = new RoutingConfiguration(Target.externalEngine(),
            List.of(), null, List.of(), List.of(), List.of(), List.of(), null, List.of());

    public RoutingConfiguration {
        assignmentRules = copy(assignmentRules);
        distributionRules = copy(distributionRules);
        users = copy(users);
        queues = copy(queues);
        regions = copy(regions);
        candidateQueries = copy(candidateQueries);
    }

    /** A configuration without acknowledgement SLAs: every lead routed to a user is assigned at once. */
    public RoutingConfiguration(Target activationTarget, List<AssignmentRule> assignmentRules, Target catchAll,
            List<DistributionRule> distributionRules, List<RoutingUser> users, List<RoutingQueue> queues,
            List<Region> regions) {
        this(activationTarget, assignmentRules, catchAll, distributionRules, users, queues, regions, null, List.of());
    }

    public Optional<RoutingUser> user(String id) {
        return users.stream().filter(user -> user != null && user.id() != null && user.id().equals(id)).findFirst();
    }

    public Optional<RoutingQueue> queue(String id) {
        return queues.stream().filter(queue -> queue != null && queue.id() != null && queue.id().equals(id))
                .findFirst();
    }

    public Optional<DistributionRule> distributionRule(String name) {
        return distributionRules.stream()
                .filter(rule -> rule != null && rule.name() != null && rule.name().equals(name))
                .findFirst();
    }

    public Optional<CandidateQuery> candidateQuery(String name) {
        return candidateQueries.stream()
                .filter(query -> query != null && query.name() != null && query.name().equals(name))
                .findFirst();
    }

    /**
     * The acknowledgement SLA of a lead routed to a user by these rules (either may be null): the distribution
     * rule's, else the assignment rule's, else this configuration's; empty when none applies.
     */
    public Optional<Acknowledgement> acknowledgementFor(String assignmentRule, String distributionRule) {
        Optional<Acknowledgement> byDistribution = distributionRule(distributionRule)
                .map(DistributionRule::acknowledgement);
        if (byDistribution.isPresent()) {
            return byDistribution;
        }
        Optional<Acknowledgement> byAssignment = assignmentRules.stream()
                .filter(rule -> rule != null && rule.name() != null && rule.name().equals(assignmentRule))
                .findFirst().map(AssignmentRule::acknowledgement);
        return byAssignment.isPresent() ? byAssignment : Optional.ofNullable(acknowledgement);
    }

    /** The same configuration with one more distribution rule (e.g. a reassignment group's), replacing its namesake. */
    public RoutingConfiguration withDistributionRule(DistributionRule rule) {
        List<DistributionRule> rules = new ArrayList<>(distributionRules.stream()
                .filter(existing -> existing == null || !rule.name().equals(existing.name())).toList());
        rules.add(rule);
        return new RoutingConfiguration(activationTarget, assignmentRules, catchAll, rules, users, queues, regions,
                acknowledgement, candidateQueries);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
