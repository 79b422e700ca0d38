package io.leadflow.assignment.domain.reassignment;

import io.leadflow.assignment.domain.Activation;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.group.LeadLocks;
import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import io.leadflow.assignment.domain.LeadRouter;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.offer.CandidateSearch;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.routing.Candidate;
import io.leadflow.assignment.domain.routing.CandidateQuery;
import io.leadflow.assignment.domain.routing.CandidateVerdict;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Distribution;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.PickSession;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingSubject;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.platform.events.EventIds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reassigns leads leadflow knows, whoever owns them now, as a person asked (seed 003's manual reassignment): each
 * lead gets a new round of assignment with the usual events ({@code lead.assignment.requested},
 * {@code lead.assigned} with method MANUAL_REASSIGNMENT and the explanation), and its notification. A round
 * still without an owner (offered, waiting for the engine, in the hopper) is superseded: its open offers are
 * withdrawn ({@code lead.expired}, reason WITHDRAWN) and its deadline or wait ends. A lead whose primary agent is
 * locked by a reassignment group distribution is not reassigned. A whole request is read, routed, stored and
 * published in batches, whatever the number of leads.
 */
public class ManualReassignment {

    /** Attempts at routing a request's leads while other instances keep picking for the same rule. */
    private static final int MAX_ROUTING_ATTEMPTS = 200;

    private final Assignments assignments;
    private final LeadsNow leads;
    private final PrimaryAgentLocks locks;
    private final Distributor distributor;
    private final LeadRouter router;
    private final LeadLoads loads;
    private final RoutingConfigurations configurations;
    private final OutcomePublisher publisher;
    private final Clock clock;

    public ManualReassignment(Assignments assignments, LeadsNow leads, PrimaryAgentLocks locks, Distributor distributor,
            LeadRouter router, LeadLoads loads, RoutingConfigurations configurations, OutcomePublisher publisher,
            Clock clock) {
        this.assignments = assignments;
        this.leads = leads;
        this.locks = locks;
        this.distributor = distributor;
        this.router = router;
        this.loads = loads;
        this.configurations = configurations;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** One outcome per distinct lead of the request, in the request's order. */
    public List<ReassignmentOutcome> reassign(ReassignmentRequest request) {
        List<String> leadIds = request.leadIds().stream().distinct().toList();
        Map<String, Assignment> latest = leads.latest(leadIds);
        Map<String, LeadLocks.Lock> locked = locks.heldOn(latest.keySet());
        Instant now = clock.instant();
        Map<String, ReassignmentOutcome> outcomes = new HashMap<>();
        locked.forEach((leadId, lock) -> outcomes.put(leadId, new ReassignmentOutcome.Locked(leadId, lock)));
        Map<String, Assignment> unlocked = new LinkedHashMap<>(latest);
        unlocked.keySet().removeAll(locked.keySet());
        Map<String, Activation> requests = leads.requestsFor(unlocked,
                leadId -> EventIds.derived("manual-reassignment", request.requestId(), leadId),
                eventId -> Round.manualReassignment(eventId, request.requestedBy()), now);
        Map<String, Assignment> done = assignments.findAll(requests.values().stream().map(Activation::assignmentId)
                .toList());
        List<Activation> fresh = requests.values().stream()
                .filter(activation -> !done.containsKey(activation.assignmentId())).toList();
        List<Assignment> pending = new ArrayList<>(done.values());
        if (!fresh.isEmpty()) {
            Map<String, Assignment> decided = route(request, fresh, outcomes);
            for (Assignment reassigned : decided.values()) {
                leads.supersede(latest.get(reassigned.leadId()), "reassigned manually by " + request.requestedBy(), now)
                        .ifPresent(pending::add);
            }
            List<Assignment> stored = new ArrayList<>(decided.values());
            assignments.insertAll(stored);
            pending.addAll(assignments.findAll(decided.keySet()).values());
        }
        publisher.publishPending(pending);
        Map<String, Assignment> byLead = new HashMap<>();
        assignments.findAll(requests.values().stream().map(Activation::assignmentId).toList()).values()
                .forEach(assignment -> byLead.put(assignment.leadId(), assignment));
        return leadIds.stream().map(leadId -> byLead.containsKey(leadId)
                ? new ReassignmentOutcome.Reassigned(leadId, byLead.get(leadId))
                : outcomes.getOrDefault(leadId, new ReassignmentOutcome.UnknownLead(leadId))).toList();
    }

    /** The new rounds by assignment id; leads the target could not take get an outcome saying why. */
    private Map<String, Assignment> route(ReassignmentRequest request, List<Activation> fresh,
            Map<String, ReassignmentOutcome> outcomes) {
        for (int attempt = 0; attempt < MAX_ROUTING_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            ConfigurationVersion configuration = configurations.current();
            PickSession session = distributor.liveSession();
            Map<String, Assignment> decided = new LinkedHashMap<>();
            Map<String, List<String>> picks = new HashMap<>();
            Optional<Target> rule = request.kind() == ReassignmentRequest.Kind.DISTRIBUTION_RULE
                    ? Optional.of(Target.distributionRule(request.target())) : Optional.empty();
            Map<String, Long> openLeads = request.kind() == ReassignmentRequest.Kind.CANDIDATE_QUERY
                    ? loads.openLeads(configuration.configuration().users().stream().map(RoutingUser::id).toList())
                    : Map.of();
            for (Activation activation : fresh) {
                Distribution distribution = switch (request.kind()) {
                    case USER, DISTRIBUTION_RULE -> distributor.distribute(rule.orElse(Target.user(request.target())),
                            new RoutingSubject(activation.assignmentId(), activation.leadId(), activation.campaignId(),
                                    activation.lead()), configuration, now, session);
                    case CANDIDATE_QUERY -> throughQuery(request.target(), configuration, openLeads, now);
                };
                if (distribution instanceof Distribution.ToOwner owner) {
                    RoutingExplanation why = owner.explanation().then("reassigned manually by "
                            + request.requestedBy() + " to " + owner.owner().describe()
                            + (request.note() == null || request.note().isBlank() ? "" : ": " + request.note()));
                    decided.put(activation.assignmentId(),
                            Assignment.reassignedManually(activation, owner.owner(), why, now));
                    if (why.distributionRule() != null) {
                        picks.computeIfAbsent(why.distributionRule(), name -> new ArrayList<>())
                                .add(activation.assignmentId());
                    }
                } else {
                    outcomes.put(activation.leadId(), new ReassignmentOutcome.NotReassigned(activation.leadId(),
                            distribution.explanation().summary()));
                }
            }
            if (session.store()) {
                router.confirmPicks(picks);
                return decided;
            }
            outcomes.clear();
        }
        throw new IllegalStateException("the distribution rules changed under " + MAX_ROUTING_ATTEMPTS
                + " attempts in a row to reassign " + fresh.size() + " leads");
    }

    /** The candidate query's first candidate now, explained like a distribution rule's pick. */
    private static Distribution throughQuery(String name, ConfigurationVersion version, Map<String, Long> openLeads,
            Instant now) {
        Optional<CandidateQuery> query = version.configuration().candidateQuery(name);
        if (query.isEmpty()) {
            return new Distribution.Unassigned(RoutingExplanation.of("candidate query '" + name + "' does not exist"));
        }
        CandidateSearch.Result found = CandidateSearch.search(query.get(), version.configuration(), List.of(),
                openLeads, now);
        List<Candidate> considered = new ArrayList<>();
        for (int rank = 0; rank < found.eligible().size(); rank++) {
            RoutingUser user = found.eligible().get(rank);
            considered.add(new Candidate(user.id(), user.name(), rank == 0 ? CandidateVerdict.CHOSEN
                    : CandidateVerdict.NOT_NEXT, (rank == 0 ? "first" : "candidate " + (rank + 1))
                    + " in candidate query '" + name + "'"));
        }
        considered.addAll(found.excluded());
        Long configurationVersion = version.version() == 0 ? null : version.version();
        if (found.eligible().isEmpty()) {
            String why = "Candidate query '" + name + "' found nobody who can take the lead.";
            return new Distribution.Unassigned(new RoutingExplanation(why, configurationVersion, null, null,
                    List.of(why), considered));
        }
        RoutingUser first = found.eligible().get(0);
        String why = "Candidate query '" + name + "' put " + first.label() + " first.";
        return new Distribution.ToOwner(new Owner(first.id(), OwnerKind.USER, first.name()),
                io.leadflow.assignment.domain.AssignmentMethod.MANUAL_REASSIGNMENT,
                new RoutingExplanation(why, configurationVersion, null, null, List.of(why), considered));
    }
}
