package io.leadflow.assignment.domain.group;

import io.leadflow.access.AccessPolicy;
import io.leadflow.assignment.domain.Activation;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.LeadRoles;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.assignment.domain.Round;
import io.leadflow.assignment.domain.offer.Durations;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.reassignment.LeadsNow;
import io.leadflow.assignment.domain.routing.Acknowledgement;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Distribution;
import io.leadflow.assignment.domain.routing.DistributionRule;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.PickSession;
import io.leadflow.assignment.domain.routing.Reassignment;
import io.leadflow.assignment.domain.routing.ReassignmentAlgorithm;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import io.leadflow.assignment.domain.routing.RoutingExplanation;
import io.leadflow.assignment.domain.routing.RoutingSubject;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.platform.events.EventIds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sends a lead already in the system to a reassignment group (seed 002): only its primary agent can be replaced
 * this way; the group's method picks an assignee among its users and the users of its agent tags (resolved now),
 * who is offered the lead and claims it within the claim window (an offer, acknowledged like any other), else the
 * default assignee gets it. While the distribution runs the lead's primary agent is locked: another group
 * distribution, a manual reassignment, a hopper claim or a routing decision for the lead is refused. The group's
 * turns are counted in a distribution state of its own, so editing its assignees never resets them.
 */
public class GroupDistribution {

    /** The role leadflow routes: the lead's owner. Every other agent role is kept as the CRM sets it. */
    public static final String PRIMARY_AGENT = LeadRoles.PRIMARY_AGENT;
    private static final int MAX_ROUTING_ATTEMPTS = 200;

    private final ReassignmentGroups groups;
    private final PrimaryAgentLocks locks;
    private final Assignments assignments;
    private final LeadsNow leads;
    private final Distributor distributor;
    private final RoutingConfigurations configurations;
    private final AccessPolicy access;
    private final OutcomePublisher publisher;
    private final Clock clock;

    public GroupDistribution(ReassignmentGroups groups, PrimaryAgentLocks locks, Assignments assignments, LeadsNow leads,
            Distributor distributor, RoutingConfigurations configurations, AccessPolicy access,
            OutcomePublisher publisher, Clock clock) {
        this.groups = groups;
        this.locks = locks;
        this.assignments = assignments;
        this.leads = leads;
        this.distributor = distributor;
        this.configurations = configurations;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The groups {@code callerId} may send leads to (Available To), by name. */
    public List<StoredGroup> availableTo(String callerId) {
        return groups.all().stream().filter(stored -> access.isAvailableTo(callerId, stored.group().availableTo()))
                .toList();
    }

    /**
     * {@code callerId} replaces the lead's {@code role} through group {@code groupName}; {@code requestId} names the
     * request, so a repeat of it starts nothing more.
     */
    public GroupOutcome send(String leadId, String role, String groupName, String callerId, String requestId) {
        if (!PRIMARY_AGENT.equals(role.toUpperCase(Locale.ROOT))) {
            return new GroupOutcome.NotPrimaryAgent(role);
        }
        Optional<StoredGroup> stored = groups.find(groupName);
        if (stored.isEmpty()) {
            return new GroupOutcome.UnknownGroup(groupName);
        }
        ReassignmentGroup group = stored.get().group();
        if (!access.isAvailableTo(callerId, group.availableTo())) {
            return new GroupOutcome.NotAvailable(groupName);
        }
        Optional<Activation> request = leads.requestFor(leadId, EventIds.derived("group-reassignment", requestId,
                leadId), round -> Round.groupReassignment(round, callerId, group.name()), clock.instant());
        if (request.isEmpty()) {
            return new GroupOutcome.UnknownLead(leadId);
        }
        Activation activation = request.get();
        Optional<Assignment> repeated = assignments.find(activation.assignmentId());
        if (repeated.isPresent()) {
            publisher.publishPending(List.of(repeated.get()));
            return new GroupOutcome.Started(repeated.get());
        }
        Optional<LeadLocks.Lock> held = lock(activation, group, callerId);
        if (held.isPresent()) {
            return new GroupOutcome.Locked(held.get());
        }
        Assignment started = distribute(activation, group, stored.get());
        List<Assignment> pending = new ArrayList<>();
        leads.supersedeLatest(leadId, "sent to reassignment group '" + group.name() + "' by " + callerId,
                started.assignmentId(), clock.instant()).ifPresent(pending::add);
        assignments.insert(started);
        if (!started.isOffered()) {
            locks.release(leadId, started.assignmentId());
        }
        pending.add(started);
        publisher.publishPending(pending);
        return new GroupOutcome.Started(started);
    }

    /** Takes the lead's lock for this round; the lock in force when another round holds it. */
    private Optional<LeadLocks.Lock> lock(Activation activation, ReassignmentGroup group, String callerId) {
        return locks.acquire(new LeadLocks.Lock(activation.leadId(), activation.assignmentId(), group.name(), callerId,
                clock.instant()));
    }

    /** The group's pick for the lead, offered to them; the default assignee when nobody can take it. */
    private Assignment distribute(Activation activation, ReassignmentGroup group, StoredGroup stored) {
        for (int attempt = 0; attempt < MAX_ROUTING_ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            ConfigurationVersion current = configurations.current();
            DistributionRule rule = new DistributionRule(group.distributionKey(), group.method(),
                    assignees(group, current.configuration()), group.capPeriod(), null);
            ConfigurationVersion withGroup = new ConfigurationVersion(current.version(), current.author(),
                    current.changedAt(), current.comment(), current.configuration().withDistributionRule(rule));
            PickSession session = distributor.liveSession();
            Distribution distribution = distributor.distribute(Target.distributionRule(rule.name()),
                    new RoutingSubject(activation.assignmentId(), activation.leadId(), activation.campaignId(),
                            activation.lead()), withGroup, now, session);
            Assignment decided = decide(activation, group, distribution, current.configuration(), now);
            if (session.store()) {
                if (decided.isOffered()) {
                    distributor.liveSession().confirm(Map.of(rule.name(), List.of(activation.assignmentId())));
                }
                return decided;
            }
        }
        throw new IllegalStateException("reassignment group '" + group.name() + "' changed under "
                + MAX_ROUTING_ATTEMPTS + " attempts in a row to distribute lead " + activation.leadId()
                + " (stored as version " + stored.version() + ")");
    }

    private static Assignment decide(Activation activation, ReassignmentGroup group, Distribution distribution,
            RoutingConfiguration configuration, Instant now) {
        String sent = activation.round().requestedBy() + " sent the lead to reassignment group '" + group.name() + "'";
        Owner defaultAssignee = user(group.defaultAssignee(), configuration);
        if (distribution instanceof Distribution.ToOwner picked) {
            RoutingExplanation why = picked.explanation().then(sent + "; " + picked.owner().describe()
                    + " may claim it within " + Durations.words(group.claimWindow()) + ", else "
                    + defaultAssignee.describe() + " (the default assignee) gets it");
            Acknowledgement claimWindow = new Acknowledgement(group.claimWindow(), new Reassignment(
                    ReassignmentAlgorithm.ROUND_ROBIN, null, null, 0, null, Target.user(group.defaultAssignee())));
            return Assignment.offered(activation, picked.owner(), AssignmentMethod.GROUP_CLAIM, claimWindow, why, now);
        }
        RoutingExplanation why = distribution.explanation().then(sent + "; nobody in it can take the lead now, so "
                + defaultAssignee.describe() + " (the default assignee) gets it");
        return Assignment.toGroupDefault(activation, defaultAssignee, why, now);
    }

    /** The group's users, then the users of its tags now, each once, in order. */
    static List<Member> assignees(ReassignmentGroup group, RoutingConfiguration configuration) {
        Map<String, Member> members = new LinkedHashMap<>();
        group.users().forEach(member -> members.putIfAbsent(member.userId(), member));
        for (RoutingUser user : configuration.users()) {
            if (user != null && user.tags().stream().anyMatch(tag -> group.tags().stream()
                    .anyMatch(wanted -> wanted.equalsIgnoreCase(tag)))) {
                members.putIfAbsent(user.id(), Member.of(user.id()));
            }
        }
        return List.copyOf(members.values());
    }

    private static Owner user(String userId, RoutingConfiguration configuration) {
        return new Owner(userId, OwnerKind.USER, configuration.user(userId).map(RoutingUser::name).orElse(null));
    }
}
