package io.leadflow.assignment.domain.offer;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingQueue;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what follows when a lead's open offers expire (seed 003): the next candidates of the reassignment's
 * candidate query are offered the lead (one for SINGLE and ROUND_ROBIN, several at once for BLAST), or, once the
 * reassignment made its attempts or nobody is left to offer it to, the final target gets it. Every step is
 * explained: who was offered the lead and why, who was left out and why.
 */
public class Reassigner {

    private final LeadLoads loads;

    public Reassigner(LeadLoads loads) {
        this.loads = loads;
    }

    /**
     * The next state of each of these offered assignments, whose offers expired at {@code now}, under the current
     * configuration; the users' open leads are read once for the whole batch.
     */
    public List<Assignment> afterExpiry(List<Assignment> expired, ConfigurationVersion configuration, Instant now) {
        Map<String, Long> openLeads = loads.openLeads(poolsOf(expired, configuration.configuration()));
        return expired.stream().map(assignment -> afterExpiry(assignment, configuration, openLeads, now)).toList();
    }

    private static Assignment afterExpiry(Assignment assignment, ConfigurationVersion version,
            Map<String, Long> openLeads, Instant now) {
        RoutingConfiguration configuration = version.configuration();
        Acknowledgement sla = assignment.acknowledgement();
        Reassignment reassignment = sla.reassignment();
        Steps steps = new Steps(assignment.explanation());
        steps.add(expiredStep(assignment));
        if (assignment.attempt() >= reassignment.attempts()) {
            return toFinalTarget(assignment, reassignment, configuration, steps,
                    "the reassignment made its " + reassignment.attempts() + " attempt"
                            + (reassignment.attempts() == 1 ? "" : "s"), now);
        }
        Optional<CandidateQuery> query = configuration.candidateQuery(reassignment.candidateQuery());
        if (query.isEmpty()) {
            return toFinalTarget(assignment, reassignment, configuration, steps,
                    "candidate query '" + reassignment.candidateQuery() + "' no longer exists", now);
        }
        CandidateSearch.Result found = CandidateSearch.search(query.get(), configuration,
                assignment.offeredUserIds(), openLeads, now);
        if (found.eligible().isEmpty()) {
            steps.candidates(found.excluded());
            return toFinalTarget(assignment, reassignment, configuration, steps,
                    "candidate query '" + query.get().name() + "' found nobody left to offer the lead to", now);
        }
        List<RoutingUser> chosen = found.eligible().subList(0,
                Math.min(reassignment.candidatesPerAttempt(), found.eligible().size()));
        List<Candidate> considered = new ArrayList<>();
        for (int rank = 0; rank < found.eligible().size(); rank++) {
            RoutingUser user = found.eligible().get(rank);
            boolean offered = rank < chosen.size();
            considered.add(new Candidate(user.id(), user.name(),
                    offered ? CandidateVerdict.CHOSEN : CandidateVerdict.NOT_NEXT,
                    (offered ? "offered the lead: " : "not offered: ") + ordinal(rank + 1) + " in candidate query '"
                            + query.get().name() + "'" + (query.get().sort().isEmpty() ? "" : " by " + sortText(query.get()))));
        }
        considered.addAll(found.excluded());
        steps.candidates(considered);
        List<Owner> owners = chosen.stream().map(user -> new Owner(user.id(), OwnerKind.USER, user.name())).toList();
        String names = String.join(", ", owners.stream().map(Owner::describe).toList());
        steps.add(algorithmText(reassignment) + " reassignment (attempt " + (assignment.attempt() + 1) + " of "
                + reassignment.attempts() + ") offered the lead to " + names + ", who must acknowledge within "
                + Durations.words(sla.reofferWithin()));
        return assignment.reoffered(owners, kind(reassignment), method(reassignment), query.get().name(),
                sla.reofferWithin(), steps.explanation(version), now);
    }

    private static String expiredStep(Assignment assignment) {
        List<String> ignored = assignment.offers().stream().filter(Offer::isOpen)
                .map(offer -> offer.candidate().describe()).toList();
        return "nobody acknowledged the lead in time (" + String.join(", ", ignored) + ")";
    }

    private static Assignment toFinalTarget(Assignment assignment, Reassignment reassignment,
            RoutingConfiguration configuration, Steps steps, String why, Instant now) {
        Target target = reassignment.finalTarget();
        Owner owner = finalOwner(target, configuration);
        steps.add(why + "; the final target gets it: " + target.describe());
        return assignment.toFinalTarget(owner, target.type() == io.leadflow.assignment.domain.routing.TargetType.HOPPER,
                steps.explanationKeepingCandidates(), now);
    }

    /** The owner the final target names (null: the hopper, unassigned). */
    private static Owner finalOwner(Target target, RoutingConfiguration configuration) {
        return switch (target.type()) {
            case QUEUE -> new Owner(target.id(), OwnerKind.QUEUE,
                    configuration.queue(target.id()).map(RoutingQueue::name).orElse(null));
            case USER, HOPPER -> target.id() == null ? null : new Owner(target.id(), OwnerKind.USER,
                    configuration.user(target.id()).map(RoutingUser::name).orElse(null));
            default -> throw new IllegalStateException("a reassignment's final target is a USER, QUEUE or HOPPER, not "
                    + target.describe() + " (the configuration validator refuses it)");
        };
    }

    /** Every user any of these assignments' candidate queries may look at, for one read of open leads. */
    private static Collection<String> poolsOf(List<Assignment> expired, RoutingConfiguration configuration) {
        Set<String> users = new HashSet<>();
        for (Assignment assignment : expired) {
            configuration.candidateQuery(assignment.acknowledgement().reassignment().candidateQuery())
                    .ifPresent(query -> users.addAll(query.users().isEmpty()
                            ? configuration.users().stream().map(RoutingUser::id).toList()
                            : query.users()));
        }
        return users;
    }

    static OfferKind kind(Reassignment reassignment) {
        return switch (reassignment.algorithm()) {
            case SINGLE -> OfferKind.SINGLE;
            case BLAST -> OfferKind.BLAST;
            case ROUND_ROBIN -> OfferKind.ROUND_ROBIN;
        };
    }

    static AssignmentMethod method(Reassignment reassignment) {
        return switch (reassignment.algorithm()) {
            case SINGLE -> AssignmentMethod.SINGLE_REASSIGNMENT;
            case BLAST -> AssignmentMethod.BLAST_REASSIGNMENT;
            case ROUND_ROBIN -> AssignmentMethod.ROUND_ROBIN_REASSIGNMENT;
        };
    }

    private static String algorithmText(Reassignment reassignment) {
        String name = reassignment.algorithm().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String sortText(CandidateQuery query) {
        return String.join(", ", query.sort().stream()
                .map(key -> key.field() + (key.descending() ? " (highest first)" : " (lowest first)")).toList());
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** The explanation as it grows: the routing trace so far, then the reassignment's steps. */
    private static final class Steps {

        private final RoutingExplanation before;
        private final List<String> steps;
        private List<Candidate> candidates;

        Steps(RoutingExplanation before) {
            this.before = before;
            this.steps = new ArrayList<>(before.steps());
            this.candidates = before.candidates();
        }

        void add(String step) {
            steps.add(step);
        }

        void candidates(List<Candidate> considered) {
            candidates = considered;
        }

        /** The reassignment's explanation, under the configuration version that decided it. */
        RoutingExplanation explanation(ConfigurationVersion version) {
            return new RoutingExplanation(summary(), version.version() == 0 ? null : version.version(),
                    before.assignmentRule(), before.distributionRule(), steps, candidates);
        }

        RoutingExplanation explanationKeepingCandidates() {
            return new RoutingExplanation(summary(), before.configurationVersion(), before.assignmentRule(),
                    before.distributionRule(), steps, candidates);
        }

        private String summary() {
            String last = steps.get(steps.size() - 1);
            return Character.toUpperCase(last.charAt(0)) + last.substring(1) + ".";
        }
    }
}
