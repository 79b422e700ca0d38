package io.leadflow.assignment.domain;

import static io.leadflow.assignment.domain.DomainFixtures.ACTIVATED_AT;
import static io.leadflow.assignment.domain.DomainFixtures.INBOUND_QUEUE;
import static io.leadflow.assignment.domain.DomainFixtures.activation;
import static io.leadflow.assignment.domain.DomainFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.access.AccessPolicy;
import io.leadflow.access.Directory;
import io.leadflow.access.DirectoryUser;
import io.leadflow.access.Edition;
import io.leadflow.access.Permission;
import io.leadflow.access.PermissionScope;
import io.leadflow.access.UserGroup;
import io.leadflow.assignment.domain.group.GroupDistribution;
import io.leadflow.assignment.domain.group.GroupOutcome;
import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import io.leadflow.assignment.domain.group.ReassignmentGroup;
import io.leadflow.assignment.domain.group.ReassignmentGroups;
import io.leadflow.assignment.domain.group.StoredGroup;
import io.leadflow.assignment.domain.group.TimelineRecord;
import io.leadflow.assignment.domain.load.LoadProjection;
import io.leadflow.assignment.domain.offer.Offers;
import io.leadflow.assignment.domain.offer.Reassigner;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.reassignment.LeadsNow;
import io.leadflow.assignment.domain.reassignment.ManualReassignment;
import io.leadflow.assignment.domain.reassignment.ReassignmentOutcome;
import io.leadflow.assignment.domain.reassignment.ReassignmentRequest;
import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.InMemoryDistributionStates;
import io.leadflow.assignment.domain.routing.InMemoryLeadLoads;
import io.leadflow.assignment.domain.routing.InMemoryRoutingConfigurations;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Target;
import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Reassignment groups on in-memory adapters (seed 002): Isa, an inside sales agent of the West office, sends leads
 * she qualified to the group "Closers" (Ann, Ben, and whoever has the tag "closer"); Dora is the default assignee.
 */
class GroupDistributionTest {

    private static final Duration CLAIM_WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(ACTIVATED_AT);
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final RecordingEvents events = new RecordingEvents();
    private final InMemoryRoutingConfigurations configurations = new InMemoryRoutingConfigurations();
    private final InMemoryLeadLoads loads = new InMemoryLeadLoads();
    private final OutcomePublisher publisher = new OutcomePublisher(assignments, new LoadProjection(policy(true), loads),
            events);
    private final Distributor distributor = new Distributor(new InMemoryDistributionStates(), loads);
    private final InMemoryGroups groups = new InMemoryGroups();
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final PrimaryAgentLocks locks = new PrimaryAgentLocks(new InMemoryLeadLocks(), assignments, clock);
    private final LeadsNow leads = new LeadsNow(assignments, new InMemoryLeadOwners());
    private final GroupDistribution distribution = new GroupDistribution(groups, locks, assignments, leads,
            distributor, configurations, new AccessPolicy(directory, Edition.ENTERPRISE, List.of()), publisher, clock);
    private final Offers offers = new Offers(assignments, new Reassigner(loads), configurations, publisher, clock);
    private final AtomicInteger requests = new AtomicInteger();

    private List<RoutingUser> users = new ArrayList<>(List.of(user("005-ann", "Ann"), user("005-ben", "Ben"),
            user("005-cy", "Cy", "closer"), user("005-dora", "Dora"), user("005-isa", "Isa")));

    GroupDistributionTest() {
        saveUsers();
        directory.groups.put("west", new UserGroup("west", "West", null, true, ACTIVATED_AT));
        directory.groups.put("east", new UserGroup("east", "East", null, true, ACTIVATED_AT));
        directory.users.put("isa", new DirectoryUser("isa", "Isa", null, "west", java.util.Set.of(),
                PermissionScope.USERS_GROUP, true, ACTIVATED_AT));
        directory.users.put("evan", new DirectoryUser("evan", "Evan", null, "east",
                java.util.Set.of(Permission.MANAGE_LEAD_DISTRIBUTION), PermissionScope.USERS_GROUP, true, ACTIVATED_AT));
        save(closers(List.of(Member.of("005-ann"), Member.of("005-ben")), List.of("west")));
    }

    @Test
    void shouldOfferTheLeadToTheNextAssigneeLockItAndGiveItToThemWhenTheyClaimIt() {
        String leadId = knownLead("00v-1");

        Assignment started = started(distribution.send(leadId, "primary_agent", "Closers", "isa", "r1"));
        clock.advance(Duration.ofMinutes(4));
        offers.acknowledgeAll(List.of(new io.leadflow.assignment.domain.offer.AcknowledgementFact(leadId, null,
                owner("005-ann", "Ann"), clock.instant())));

        Assignment claimed = assignments.find(started.assignmentId()).orElseThrow();
        assertThat(claimed.finalOwner().id()).isEqualTo("005-ann");
        assertThat(claimed.method()).isEqualTo(AssignmentMethod.GROUP_CLAIM);
        assertThat(events.published).containsSubsequence("OFFERED 00v-1 005-ann attempt 0", "LOCK 00v-1",
                "UNLOCK 00v-1", "TIMELINE 00v-1 005-ann", "FINAL_OWNER 00v-1 005-ann",
                "ASSIGNED 00v-1 GROUP_CLAIM 005-ann");
        assertThat(TimelineRecord.of(claimed).orElseThrow().text()).isEqualTo("isa sent the lead to reassignment"
                + " group 'Closers'; Ann claimed it after 4m");
        assertThat(locks.heldOn(List.of(leadId))).isEmpty();
    }

    @Test
    void shouldGiveTheLeadToTheDefaultAssigneeWhenNobodyClaimsItInTime() {
        String leadId = knownLead("00v-1");
        Assignment started = started(distribution.send(leadId, "PRIMARY_AGENT", "Closers", "isa", "r1"));

        clock.advance(CLAIM_WINDOW);
        offers.fireDueDeadlines();

        Assignment ended = assignments.find(started.assignmentId()).orElseThrow();
        assertThat(ended.finalOwner().id()).isEqualTo("005-dora");
        assertThat(ended.method()).isEqualTo(AssignmentMethod.GROUP_DEFAULT_ASSIGNEE);
        assertThat(TimelineRecord.of(ended).orElseThrow().text()).isEqualTo("isa sent the lead to reassignment group"
                + " 'Closers'; nobody claimed it within 15m, so Dora (the default assignee) got it after 15m");
        assertThat(locks.heldOn(List.of(leadId))).isEmpty();
    }

    @Test
    void shouldRefuseEveryOtherReassignmentOfTheLeadWhileItsPrimaryAgentIsLocked() {
        String leadId = knownLead("00v-1");
        distribution.send(leadId, "PRIMARY_AGENT", "Closers", "isa", "r1");

        GroupOutcome again = distribution.send(leadId, "PRIMARY_AGENT", "Closers", "isa", "r2");
        List<ReassignmentOutcome> manual = new ManualReassignment(assignments, leads, locks, distributor,
                new LeadRouter(policy(true), distributor), loads, configurations, publisher, clock)
                .reassign(new ReassignmentRequest("m1", List.of(leadId), ReassignmentRequest.Kind.USER, "005-ben",
                        "manager", null));

        assertThat(again).isInstanceOfSatisfying(GroupOutcome.Locked.class,
                locked -> assertThat(locked.lock().group()).isEqualTo("Closers"));
        assertThat(manual.get(0)).isInstanceOf(ReassignmentOutcome.Locked.class);
    }

    @Test
    void shouldRefuseAnyRoleButThePrimaryAgent() {
        assertThat(distribution.send(knownLead("00v-1"), "LENDER", "Closers", "isa", "r1"))
                .isEqualTo(new GroupOutcome.NotPrimaryAgent("LENDER"));
    }

    @Test
    void shouldHideAndRefuseAGroupNotAvailableToTheCallersUserGroup() {
        assertThat(distribution.availableTo("evan")).isEmpty();
        assertThat(distribution.availableTo("isa")).extracting(stored -> stored.group().name())
                .containsExactly("Closers");
        assertThat(distribution.send(knownLead("00v-1"), "PRIMARY_AGENT", "Closers", "evan", "r1"))
                .isEqualTo(new GroupOutcome.NotAvailable("Closers"));
    }

    @Test
    void shouldResolveAgentTagsAtTheTimeOfEachDistribution() {
        save(new ReassignmentGroup("Closers", "west", List.of(), List.of(), List.of("closer"), "005-dora", CLAIM_WINDOW,
                DistributionMethod.ROUND_ROBIN, null));
        List<String> owners = new ArrayList<>();
        owners.add(distributeAndClaim());
        users.add(user("005-zoe", "Zoe", "closer"));
        saveUsers();
        owners.add(distributeAndClaim());
        owners.add(distributeAndClaim());

        // Zoe, tagged after Cy's first lead, joins the next round after Cy: the tag adds her, no catching up.
        assertThat(owners).containsExactly("005-cy", "005-cy", "005-zoe");
    }

    @Test
    void shouldNeverResetTheRoundWhenMembersAreInsertedOrRemoved() {
        save(closers(List.of(Member.of("005-ann"), Member.of("005-ben"), Member.of("005-cy")), List.of()));
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(distributeAndClaim());
        }
        save(closers(List.of(Member.of("005-zoe"), Member.of("005-ann"), Member.of("005-ben"), Member.of("005-cy")),
                List.of()));
        users.add(user("005-zoe", "Zoe"));
        saveUsers();
        for (int i = 0; i < 3; i++) {
            owners.add(distributeAndClaim());
        }
        save(closers(List.of(Member.of("005-zoe"), Member.of("005-ann"), Member.of("005-cy")), List.of()));
        for (int i = 0; i < 3; i++) {
            owners.add(distributeAndClaim());
        }

        assertThat(owners).containsExactly("005-ann", "005-ben", "005-cy", "005-ann",
                "005-ben", "005-cy", "005-zoe",
                "005-ann", "005-cy", "005-zoe");
    }

    /** A new lead sent to the group and claimed at once by whoever it was offered to: that assignee. */
    private String distributeAndClaim() {
        String leadId = knownLead("00v-" + requests.incrementAndGet());
        Assignment started = started(distribution.send(leadId, "PRIMARY_AGENT", "Closers", "isa",
                "r" + requests.get()));
        Owner candidate = started.offers().get(0).candidate();
        offers.acknowledgeAll(List.of(new io.leadflow.assignment.domain.offer.AcknowledgementFact(leadId, null,
                candidate, clock.instant())));
        return candidate.id();
    }

    private String knownLead(String responseId) {
        Activation activation = activation(responseId, INBOUND_QUEUE);
        assignments.insert(Assignment.reassignedManually(activation, owner("005-isa", "Isa"),
                io.leadflow.assignment.domain.routing.RoutingExplanation.of("routed to Isa"), ACTIVATED_AT));
        return activation.leadId();
    }

    private static Assignment started(GroupOutcome outcome) {
        assertThat(outcome).isInstanceOf(GroupOutcome.Started.class);
        return ((GroupOutcome.Started) outcome).assignment();
    }

    private ReassignmentGroup closers(List<Member> members, List<String> availableTo) {
        return new ReassignmentGroup("Closers", "west", availableTo, members, List.of(), "005-dora", CLAIM_WINDOW,
                DistributionMethod.ROUND_ROBIN, null);
    }

    private void save(ReassignmentGroup group) {
        long version = groups.find(group.name()).map(StoredGroup::version).orElse(0L);
        groups.save(new StoredGroup(group, version + 1, "admin", clock.instant()), version);
    }

    private void saveUsers() {
        configurations.save(new ConfigurationVersion(configurations.current().version() + 1, "ops", clock.instant(),
                null, new RoutingConfiguration(Target.externalEngine(), List.of(), null, List.of(), users, List.of(),
                        List.of())));
    }

    private static RoutingUser user(String id, String name, String... tags) {
        return new RoutingUser(id, name, null, null, false, List.of(), null, null, List.of(tags), Map.of());
    }

    private static Owner owner(String id, String name) {
        return new Owner(id, OwnerKind.USER, name);
    }

    private static final class InMemoryGroups implements ReassignmentGroups {

        private final Map<String, StoredGroup> byName = new TreeMap<>();

        @Override
        public Optional<StoredGroup> find(String name) {
            return Optional.ofNullable(byName.get(name));
        }

        @Override
        public List<StoredGroup> all() {
            return List.copyOf(byName.values());
        }

        @Override
        public boolean save(StoredGroup group, long expectedVersion) {
            long current = find(group.group().name()).map(StoredGroup::version).orElse(0L);
            if (current != expectedVersion) {
                return false;
            }
            byName.put(group.group().name(), group);
            return true;
        }

        @Override
        public boolean delete(String name, long expectedVersion) {
            return byName.remove(name) != null;
        }
    }

    private static final class InMemoryDirectory implements Directory {

        private final Map<String, DirectoryUser> users = new HashMap<>();
        private final Map<String, UserGroup> groups = new HashMap<>();

        @Override
        public Optional<DirectoryUser> user(String userId) {
            return Optional.ofNullable(users.get(userId));
        }

        @Override
        public Map<String, UserGroup> groups() {
            return Map.copyOf(groups);
        }

        @Override
        public void usersChanged(List<DirectoryUser> changed) {
            changed.forEach(user -> users.put(user.id(), user));
        }

        @Override
        public void groupsChanged(List<UserGroup> changed) {
            changed.forEach(group -> groups.put(group.id(), group));
        }
    }
}
