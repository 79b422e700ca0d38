package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.routing.MemberSelection.Selection;
import io.leadflow.criteria.CriteriaEvaluator;
import io.leadflow.criteria.LeadFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The distribute step: sends a lead to a {@link Target} (a user, a queue, the external engine, the assignment
 * rules, a distribution rule or the hopper) and explains the outcome. The same step serves every trigger of
 * assignment. Live, a distribution rule's pick is stored atomically; a preview reads the same state and
 * stores nothing.
 */
public class Distributor {

    private final DistributionStates states;
    private final LeadLoads loads;

    public Distributor(DistributionStates states, LeadLoads loads) {
        this.states = states;
        this.loads = loads;
    }

    /** A session whose picks are stored together once the batch is routed (see {@link PickSession}). */
    public PickSession liveSession() {
        return new PickSession(states, true);
    }

    /** A session for previews: it reads the rules' state and is never stored, so it takes nobody's turn. */
    public PickSession previewSession() {
        return new PickSession(states, false);
    }

    public Distribution distribute(Target target, RoutingSubject subject, ConfigurationVersion configuration,
            Instant now, PickSession session) {
        return new Routing(subject, configuration, now, session).follow(target);
    }

    /** One run of the distribute step, collecting its explanation as it goes. */
    private final class Routing {

        private final RoutingSubject subject;
        private final ConfigurationVersion version;
        private final RoutingConfiguration configuration;
        private final Instant now;
        private final PickSession session;
        private final List<String> steps = new ArrayList<>();
        private final List<String> decisive = new ArrayList<>();
        private final Set<Target> followed = new HashSet<>();
        private String assignmentRule;
        private String distributionRule;
        private List<Candidate> candidates = List.of();

        Routing(RoutingSubject subject, ConfigurationVersion version, Instant now, PickSession session) {
            this.subject = subject;
            this.version = version;
            this.configuration = version.configuration();
            this.now = now;
            this.session = session;
        }

        Distribution follow(Target target) {
            if (!followed.add(target)) {
                // The validator refuses cycles; a configuration that has one anyway leaves the lead unassigned.
                return unassigned(target.describe() + " was already followed for this lead (a cycle)");
            }
            return switch (target.type()) {
                case USER -> toUser(target.id());
                case QUEUE -> toQueue(target.id());
                case EXTERNAL_ENGINE -> new Distribution.ToEngine(concluding("handed to the external engine"));
                case ASSIGNMENT_RULES -> throughAssignmentRules();
                case DISTRIBUTION_RULE -> throughDistributionRule(target.id());
                case HOPPER -> toHopper(target.id());
            };
        }

        private Distribution toUser(String userId) {
            Owner owner = userOwner(userId);
            return new Distribution.ToOwner(owner, assignmentRule == null ? AssignmentMethod.DIRECT
                    : AssignmentMethod.ASSIGNMENT_RULE, concluding("sent to " + owner.describe()));
        }

        private Distribution toQueue(String queueId) {
            Optional<RoutingQueue> queue = configuration.queue(queueId);
            Owner owner = new Owner(queueId, OwnerKind.QUEUE, queue.map(RoutingQueue::name).orElse(null));
            return new Distribution.ToOwner(owner, assignmentRule == null ? AssignmentMethod.DIRECT
                    : AssignmentMethod.ASSIGNMENT_RULE, concluding("sent to queue " + owner.describe()));
        }

        private Distribution toHopper(String ownerId) {
            Owner owner = ownerId == null ? null : userOwner(ownerId);
            return new Distribution.ToHopper(owner, concluding(owner == null
                    ? "put in the hopper, unassigned, for a user to claim"
                    : "put in the hopper with " + owner.describe() + " as owner, for a user to claim"));
        }

        private Distribution throughAssignmentRules() {
            LeadFacts facts = subject.facts(configuration.regions());
            for (AssignmentRule rule : configuration.assignmentRules()) {
                CriteriaEvaluator.Outcome outcome = CriteriaEvaluator.evaluate(rule.effectiveCriteria(), facts);
                if (outcome.matched()) {
                    assignmentRule = rule.name();
                    decide("assignment rule '" + rule.name() + "' matched: " + outcome.reason());
                    return follow(rule.target());
                }
                steps.add("assignment rule '" + rule.name() + "' did not match: " + outcome.reason());
            }
            if (configuration.catchAll() == null) {
                return unassigned("no assignment rule matched and there is no catch-all");
            }
            assignmentRule = "catch-all";
            decide("no assignment rule matched; the catch-all applies");
            return follow(configuration.catchAll());
        }

        private Distribution throughDistributionRule(String name) {
            Optional<DistributionRule> found = configuration.distributionRule(name);
            if (found.isEmpty()) {
                return unassigned("distribution rule '" + name + "' does not exist");
            }
            DistributionRule rule = found.get();
            distributionRule = rule.name();
            Selection selection = select(rule);
            candidates = selection.candidates();
            if (selection.chosen() != null) {
                RoutingUser chosen = selection.chosen();
                Owner owner = new Owner(chosen.id(), OwnerKind.USER, chosen.name());
                String why = candidates.stream().filter(c -> c.verdict() == CandidateVerdict.CHOSEN)
                        .map(Candidate::detail).findFirst().orElse("");
                decide(method(rule.method()).name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " in distribution rule '" + rule.name() + "' picked " + owner.describe() + ": " + why);
                return new Distribution.ToOwner(owner, method(rule.method()), explanation());
            }
            String nobody = "nobody in distribution rule '" + rule.name() + "' can take the lead ("
                    + skippedSummary(selection.candidates()) + ")";
            if (rule.overflow() == null) {
                return unassigned(nobody + " and it has no overflow");
            }
            decide(nobody + "; it overflows to " + rule.overflow().describe());
            return follow(rule.overflow());
        }

        private Selection select(DistributionRule rule) {
            DistributionState state = session.state(rule.name());
            Optional<Pick> earlier = session.live() ? state.pickFor(subject.routingKey()) : Optional.empty();
            if (earlier.isPresent()) {
                return MemberSelection.repeat(earlier.get(), configuration);
            }
            Map<String, Long> load = rule.method() == DistributionMethod.LOAD_BALANCED
                    ? loadOf(rule, state) : Map.of();
            Selection selection = MemberSelection.select(rule, configuration, state, load, subject, now);
            if (selection.next() != null) {
                session.picked(selection.next());
            }
            return selection;
        }

        /** The members' loads by the rule's measure. */
        private Map<String, Long> loadOf(DistributionRule rule, DistributionState state) {
            List<String> members = rule.members().stream().map(Member::userId).toList();
            LoadMeasure measure = rule.effectiveLoadMeasure();
            Map<String, Long> load = new HashMap<>();
            if (measure.countsLeads()) {
                openLeads(members, state).forEach((userId, count) -> load.merge(userId, count, Long::sum));
            }
            if (measure.countsOpportunities()) {
                loads.openOpportunities(members).forEach((userId, count) -> load.merge(userId, count, Long::sum));
            }
            return load;
        }

        /**
         * Open leads of the members, including picks the lead projection has not heard of yet: recent ones,
         * and every pick whose assignment is not stored yet (a whole batch of them, however large).
         */
        private Map<String, Long> openLeads(List<String> members, DistributionState state) {
            Map<String, Long> counts = new HashMap<>(loads.openLeads(members));
            Map<String, Pick> picks = new LinkedHashMap<>();
            state.recentPicks().forEach(pick -> picks.put(pick.routingKey(), pick));
            state.unconfirmedPicks().forEach(pick -> picks.put(pick.routingKey(), pick));
            Map<String, Instant> knownSince = loads.ownerKnownSince(
                    picks.values().stream().map(Pick::leadId).toList());
            for (Pick pick : picks.values()) {
                Instant since = knownSince.get(pick.leadId());
                if (since == null || since.isBefore(pick.at())) {
                    counts.merge(pick.userId(), 1L, Long::sum);
                }
            }
            return counts;
        }

        private Owner userOwner(String userId) {
            return new Owner(userId, OwnerKind.USER, configuration.user(userId).map(RoutingUser::name).orElse(null));
        }

        private Distribution unassigned(String why) {
            return new Distribution.Unassigned(concluding("left unassigned: " + why));
        }

        private void decide(String step) {
            steps.add(step);
            decisive.add(step);
        }

        /** The explanation so far, once {@code step} is added as the conclusion. */
        private RoutingExplanation concluding(String step) {
            decide(step);
            return explanation();
        }

        private RoutingExplanation explanation() {
            return new RoutingExplanation(capitalized(String.join("; ", decisive)) + ".",
                    version.version() == 0 ? null : version.version(), assignmentRule, distributionRule, steps,
                    candidates);
        }
    }

    static AssignmentMethod method(DistributionMethod method) {
        return switch (method) {
            case ROUND_ROBIN -> AssignmentMethod.ROUND_ROBIN;
            case WEIGHTED -> AssignmentMethod.WEIGHTED;
            case LOAD_BALANCED -> AssignmentMethod.LOAD_BALANCED;
        };
    }

    private static String skippedSummary(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return "it has no members";
        }
        List<String> parts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            parts.add((candidate.name() == null ? candidate.userId() : candidate.name()) + " " + candidate.detail());
        }
        return String.join(", ", parts);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
