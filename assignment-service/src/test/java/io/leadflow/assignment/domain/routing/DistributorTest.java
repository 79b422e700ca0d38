package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.RoutingFixtures.ANNA;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.BEN;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.CARA;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.DAN;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.MONDAY_MORNING;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.NURTURE;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.anyLead;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.configuration;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.lead;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.pool;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.rule;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.subject;
import static io.leadflow.assignment.domain.routing.RoutingFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.OwnerKind;
import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DistributorTest {

    private final InMemoryDistributionStates states = new InMemoryDistributionStates();
    private final InMemoryLeadLoads loads = new InMemoryLeadLoads();
    private final Distributor distributor = new Distributor(states, loads);
    private final AtomicInteger leads = new AtomicInteger();

    @Test
    void shouldGiveRoundRobinTurnsInTheMembersFixedOrder() {
        RoutingConfiguration team = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id()), Member.of(DAN.id())), ANNA, BEN, CARA, DAN);

        List<String> owners = route(team, 12);

        assertThat(owners).containsExactly("005-anna", "005-ben", "005-cara", "005-dan", "005-anna", "005-ben",
                "005-cara", "005-dan", "005-anna", "005-ben", "005-cara", "005-dan");
    }

    @Test
    void shouldNeitherResetNorSkipAnyoneWhenAMemberIsRemovedMidRound() {
        RoutingConfiguration four = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id()), Member.of(DAN.id())), ANNA, BEN, CARA, DAN);
        RoutingConfiguration withoutBen = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(CARA.id()), Member.of(DAN.id())), ANNA, CARA, DAN);

        List<String> owners = new ArrayList<>(route(four, 2));
        owners.addAll(route(withoutBen, 5));

        assertThat(owners).containsExactly("005-anna", "005-ben", "005-cara", "005-dan", "005-anna", "005-cara",
                "005-dan");
    }

    @Test
    void shouldLetTheCurrentRoundCompleteBeforeANewMemberTakesPart() {
        RoutingConfiguration three = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id())), ANNA, BEN, CARA);
        RoutingConfiguration withDan = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id()), Member.of(DAN.id())), ANNA, BEN, CARA, DAN);

        List<String> owners = new ArrayList<>(route(three, 4));
        owners.addAll(route(withDan, 6));

        assertThat(owners).containsExactly("005-anna", "005-ben", "005-cara", "005-anna",
                "005-ben", "005-cara", "005-dan", "005-anna", "005-ben", "005-cara");
    }

    @Test
    void shouldMakeANewMemberInsertedFirstWaitForTheNextRoundInsteadOfJumpingMembersStillOwedATurn() {
        RoutingConfiguration three = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id())), ANNA, BEN, CARA);
        RoutingConfiguration danFirst = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(DAN.id()),
                Member.of(ANNA.id()), Member.of(BEN.id()), Member.of(CARA.id())), ANNA, BEN, CARA, DAN);

        List<String> owners = new ArrayList<>(route(three, 4));
        owners.addAll(route(danFirst, 6));

        assertThat(owners).containsExactly("005-anna", "005-ben", "005-cara", "005-anna",
                "005-ben", "005-cara", "005-dan", "005-anna", "005-ben", "005-cara");
    }

    @Test
    void shouldGiveANewMemberInsertedAmongMembersStillOwedATurnTheirPlaceInTheRoundInProgress() {
        RoutingConfiguration three = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id())), ANNA, BEN, CARA);
        RoutingConfiguration danSecond = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(DAN.id()), Member.of(BEN.id()), Member.of(CARA.id())), ANNA, BEN, CARA, DAN);

        List<String> owners = new ArrayList<>(route(three, 4));
        owners.addAll(route(danSecond, 7));

        assertThat(owners).containsExactly("005-anna", "005-ben", "005-cara", "005-anna",
                "005-dan", "005-ben", "005-cara", "005-anna", "005-dan", "005-ben", "005-cara");
    }

    @Test
    void shouldGiveWeightedMembersLeadsInExactProportionToTheirWeights() {
        RoutingConfiguration team = pool(rule("closers", DistributionMethod.WEIGHTED, new Member(ANNA.id(), 3, null),
                new Member(BEN.id(), 2, null), new Member(CARA.id(), 1, null)), ANNA, BEN, CARA);

        List<String> owners = route(team, 60);

        assertThat(owners.subList(0, 6)).containsExactly("005-anna", "005-ben", "005-anna", "005-anna", "005-ben",
                "005-cara");
        assertThat(counts(owners)).containsExactly(Map.entry("005-anna", 30L), Map.entry("005-ben", 20L),
                Map.entry("005-cara", 10L));
    }

    @Test
    void shouldGiveTheNextLeadToTheMemberWithTheFewestOpenLeads() {
        for (int i = 0; i < 5; i++) {
            loads.ownerChanged("00Q-anna-" + i, ANNA.id(), MONDAY_MORNING.minusSeconds(60));
        }
        loads.ownerChanged("00Q-ben-1", BEN.id(), MONDAY_MORNING.minusSeconds(60));
        loads.ownerChanged("00Q-ben-2", BEN.id(), MONDAY_MORNING.minusSeconds(60));
        loads.ownerChanged("00Q-cara-1", CARA.id(), MONDAY_MORNING.minusSeconds(60));
        loads.ownerChanged("00Q-cara-2", CARA.id(), MONDAY_MORNING.minusSeconds(60));
        RoutingConfiguration team = pool(rule("balanced", DistributionMethod.LOAD_BALANCED, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id())), ANNA, BEN, CARA);

        assertThat(route(team, 8)).containsExactly("005-ben", "005-cara", "005-ben", "005-cara", "005-ben",
                "005-cara", "005-anna", "005-ben");
    }

    @Test
    void shouldBalanceByOpenOpportunitiesOrByLeadsAndOpportunitiesTogether() {
        loads.ownerChanged("00Q-a1", ANNA.id(), MONDAY_MORNING.minusSeconds(60));
        loads.ownerChanged("00Q-a2", ANNA.id(), MONDAY_MORNING.minusSeconds(60));
        loads.opportunityChanged("006-b1", BEN.id(), true, MONDAY_MORNING.minusSeconds(60));
        loads.opportunityChanged("006-b2", BEN.id(), true, MONDAY_MORNING.minusSeconds(60));
        loads.opportunityChanged("006-b3", BEN.id(), true, MONDAY_MORNING.minusSeconds(60));
        loads.opportunityChanged("006-b3", BEN.id(), false, MONDAY_MORNING.minusSeconds(30));
        loads.opportunityChanged("006-a1", ANNA.id(), true, MONDAY_MORNING.minusSeconds(60));

        Distribution byOpportunities = preview(Target.distributionRule("by-opportunities"),
                anyLead("r1"), version(1, balanced("by-opportunities", LoadMeasure.OPEN_OPPORTUNITIES)),
                MONDAY_MORNING);
        Distribution byBoth = preview(Target.distributionRule("by-both"), anyLead("r2"),
                version(1, balanced("by-both", LoadMeasure.OPEN_LEADS_AND_OPPORTUNITIES)), MONDAY_MORNING);

        assertThat(owner(byOpportunities)).isEqualTo(ANNA.id());
        assertThat(byOpportunities.explanation().candidates()).extracting(Candidate::detail).containsExactly(
                "fewest open opportunities (1)", "available, 2 open opportunities, Anna Adams has 1");
        assertThat(owner(byBoth)).isEqualTo(BEN.id());
        assertThat(byBoth.explanation().candidates()).extracting(Candidate::detail).containsExactly(
                "available, 3 open leads and opportunities, Ben Brooks has 2",
                "fewest open leads and opportunities (2)");
    }

    private static RoutingConfiguration balanced(String name, LoadMeasure measure) {
        return pool(new DistributionRule(name, DistributionMethod.LOAD_BALANCED,
                List.of(Member.of(ANNA.id()), Member.of(BEN.id())), null, null, measure), ANNA, BEN);
    }

    @Test
    void shouldCountALeadOutOfItsOwnersLoadOnceItIsClosed() {
        loads.ownerChanged("00Q-a", ANNA.id(), MONDAY_MORNING.minusSeconds(60));
        loads.ownerChanged("00Q-b", BEN.id(), MONDAY_MORNING.minusSeconds(60));
        loads.ownerChanged("00Q-c", BEN.id(), MONDAY_MORNING.minusSeconds(60));
        loads.statusChanged("00Q-b", false, MONDAY_MORNING.minusSeconds(30));
        loads.statusChanged("00Q-c", false, MONDAY_MORNING.minusSeconds(30));
        RoutingConfiguration team = pool(rule("balanced", DistributionMethod.LOAD_BALANCED, Member.of(ANNA.id()),
                Member.of(BEN.id())), ANNA, BEN);

        Distribution next = live(Target.distributionRule("balanced"), anyLead("r1"),
                version(1, team), MONDAY_MORNING);

        assertThat(((Distribution.ToOwner) next).owner().id()).isEqualTo(BEN.id());
        assertThat(next.explanation().candidates()).containsExactly(
                new Candidate(ANNA.id(), ANNA.name(), CandidateVerdict.NOT_NEXT,
                        "available, 1 open lead, Ben Brooks has 0"),
                new Candidate(BEN.id(), BEN.name(), CandidateVerdict.CHOSEN, "fewest open leads (0)"));
    }

    @Test
    void shouldSendLeadsToTheOverflowOnceEveryMemberReachedTheirCapAndStartAgainTheNextDay() {
        RoutingConfiguration capped = pool(new DistributionRule("capped", DistributionMethod.ROUND_ROBIN,
                List.of(new Member(ANNA.id(), null, 2), new Member(BEN.id(), null, 2)), CapPeriod.DAY,
                Target.queue(NURTURE.id())), ANNA, BEN);

        List<String> monday = route(capped, 5);
        Distribution overflowed = live(Target.distributionRule("capped"), anyLead("extra"),
                version(1, capped), MONDAY_MORNING);
        List<String> tuesday = route(capped, 2, MONDAY_MORNING.plus(Duration.ofDays(1)));

        assertThat(monday).containsExactly("005-anna", "005-ben", "005-anna", "005-ben", "00G-nurture");
        assertThat(tuesday).containsExactly("005-anna", "005-ben");
        assertThat(overflowed.explanation().summary()).isEqualTo("Nobody in distribution rule 'capped' can take "
                + "the lead (Anna Adams reached the cap of 2 leads per day, Ben Brooks reached the cap of 2 leads "
                + "per day); it overflows to queue 00G-nurture; sent to queue Nurture Queue (00G-nurture).");
        assertThat(overflowed.explanation().candidates()).extracting(Candidate::verdict)
                .containsExactly(CandidateVerdict.FULL, CandidateVerdict.FULL);
        assertThat(((Distribution.ToOwner) overflowed).owner().kind()).isEqualTo(OwnerKind.QUEUE);
    }

    @Test
    void shouldLeaveTheLeadUnassignedWithTheReasonWhenEveryoneIsFullAndThereIsNoOverflow() {
        RoutingConfiguration capped = pool(new DistributionRule("capped", DistributionMethod.ROUND_ROBIN,
                List.of(new Member(ANNA.id(), null, 1)), CapPeriod.WEEK, null), ANNA);
        route(capped, 1);

        Distribution full = live(Target.distributionRule("capped"), anyLead("r2"),
                version(1, capped), MONDAY_MORNING);

        assertThat(full).isInstanceOf(Distribution.Unassigned.class);
        assertThat(full.explanation().summary()).isEqualTo("Left unassigned: nobody in distribution rule "
                + "'capped' can take the lead (Anna Adams reached the cap of 1 lead per week) and it has no "
                + "overflow.");
    }

    @Test
    void shouldSkipAPausedMemberAndGiveThemTheirTurnBackWhenTheyReturn() {
        RoutingUser pausedBen = new RoutingUser(BEN.id(), BEN.name(), null, null, true, List.of());
        DistributionRule sdrs = rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id()));

        List<String> owners = new ArrayList<>(route(pool(sdrs, ANNA, pausedBen, CARA), 4));
        owners.addAll(route(pool(sdrs, ANNA, BEN, CARA), 4));

        assertThat(owners).containsExactly("005-anna", "005-cara", "005-anna", "005-cara",
                "005-ben", "005-anna", "005-ben", "005-cara");
    }

    @Test
    void shouldSkipMembersOutOfOfficeOrOutsideTheirWorkingHoursInTheirOwnTimeZone() {
        WorkingHours nineToFive = new WorkingHours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        RoutingUser annaInParis = new RoutingUser(ANNA.id(), ANNA.name(), "Europe/Paris", nineToFive, false,
                List.of());
        RoutingUser benInNewYork = new RoutingUser(BEN.id(), BEN.name(), "America/New_York", nineToFive, false,
                List.of());
        RoutingUser caraAway = new RoutingUser(CARA.id(), CARA.name(), "Europe/London", null, false,
                List.of(new Absence(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-27"))));
        RoutingConfiguration team = pool(rule("global", DistributionMethod.ROUND_ROBIN, Member.of(BEN.id()),
                Member.of(CARA.id()), Member.of(ANNA.id())), annaInParis, benInNewYork, caraAway);

        Distribution routed = live(Target.distributionRule("global"), anyLead("r1"),
                version(1, team), MONDAY_MORNING);

        assertThat(routed.explanation().candidates()).containsExactly(
                new Candidate(BEN.id(), BEN.name(), CandidateVerdict.OUTSIDE_WORKING_HOURS,
                        "outside working hours Mon,Tue 09:00-17:00 America/New_York (it is MON 04:00 there)"),
                new Candidate(CARA.id(), CARA.name(), CandidateVerdict.OUT_OF_OFFICE, "out of office until 2026-11-27"),
                new Candidate(ANNA.id(), ANNA.name(), CandidateVerdict.CHOSEN,
                        "next in turn, with 0 leads from this rule before"));
        assertThat(route(team, 1, MONDAY_MORNING.plus(Duration.ofHours(6)))).containsExactly(BEN.id());
    }

    @Test
    void shouldSendLeadsThroughTheFirstMatchingAssignmentRuleIntoItsDistributionRule() {
        List<AssignmentRule> rules = List.of(
                new AssignmentRule("EMEA enterprise", Criteria.all(Condition.of("region", Operator.IN, "EMEA"),
                        Condition.of("companySize", Operator.AT_LEAST, "1000")), Target.distributionRule("emea")),
                new AssignmentRule("Banks", Criteria.all(Condition.of("company", Operator.MATCHES, "*bank*")),
                        Target.user(CARA.id())));
        RoutingConfiguration configuration = configuration(Target.assignmentRules(), rules,
                Target.queue(NURTURE.id()), List.of(rule("emea", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                        Member.of(BEN.id()))), ANNA, BEN, CARA);

        Distribution german = route(configuration, subject("r1", lead("DE", 5000, "Siemens")));
        Distribution french = route(configuration, subject("r2", lead("FR", 2000, "Airbus")));
        Distribution bank = route(configuration, subject("r3", lead("US", 80, "First Bank of Ohio")));
        Distribution other = route(configuration, subject("r4", lead("US", 80, "Acme")));

        assertThat(owner(german)).isEqualTo(ANNA.id());
        assertThat(owner(french)).isEqualTo(BEN.id());
        assertThat(owner(bank)).isEqualTo(CARA.id());
        assertThat(owner(other)).isEqualTo(NURTURE.id());
        assertThat(((Distribution.ToOwner) german).method()).isEqualTo(AssignmentMethod.ROUND_ROBIN);
        assertThat(((Distribution.ToOwner) bank).method()).isEqualTo(AssignmentMethod.ASSIGNMENT_RULE);
        assertThat(german.explanation()).isEqualTo(new RoutingExplanation("Assignment rule 'EMEA enterprise' "
                + "matched: region EMEA is in [EMEA] and companySize 5000 is at least 1000; round robin in "
                + "distribution rule 'emea' picked Anna Adams (005-anna): next in turn, with 0 leads from this "
                + "rule before.", 3L, "EMEA enterprise", "emea",
                List.of("assignment rule 'EMEA enterprise' matched: region EMEA is in [EMEA] and companySize 5000 "
                        + "is at least 1000", "round robin in distribution rule 'emea' picked Anna Adams "
                        + "(005-anna): next in turn, with 0 leads from this rule before"),
                List.of(new Candidate(ANNA.id(), ANNA.name(), CandidateVerdict.CHOSEN,
                                "next in turn, with 0 leads from this rule before"),
                        new Candidate(BEN.id(), BEN.name(), CandidateVerdict.NOT_NEXT,
                                "available, not their turn: 0 leads from this rule, Anna Adams had 0"))));
        assertThat(other.explanation().steps()).containsExactly(
                "assignment rule 'EMEA enterprise' did not match: region is missing, so it is not in [EMEA]",
                "assignment rule 'Banks' did not match: company Acme is not matching *bank*",
                "no assignment rule matched; the catch-all applies",
                "sent to queue Nurture Queue (00G-nurture)");
        assertThat(other.explanation().assignmentRule()).isEqualTo("catch-all");
    }

    @Test
    void shouldGiveTheSameMemberWhenTheSameRoutingIsRepeated() {
        RoutingConfiguration team = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id())), ANNA, BEN);

        Distribution first = route(team, anyLead("r1"));
        DistributionState afterFirst = states.load("sdrs");
        Distribution repeated = route(team, anyLead("r1"));

        assertThat(owner(repeated)).isEqualTo(owner(first)).isEqualTo(ANNA.id());
        assertThat(states.load("sdrs")).isEqualTo(afterFirst);
        assertThat(owner(route(team, anyLead("r2")))).isEqualTo(BEN.id());
    }

    @Test
    void shouldShowThePickInAPreviewWithoutTakingAnyonesTurn() {
        RoutingConfiguration team = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id())), ANNA, BEN);
        route(team, 1);

        Distribution preview = preview(Target.distributionRule("sdrs"), anyLead("preview"),
                version(1, team), MONDAY_MORNING);

        assertThat(owner(preview)).isEqualTo(BEN.id());
        assertThat(states.load("sdrs").version()).isEqualTo(1);
        assertThat(route(team, 1)).containsExactly(BEN.id());
    }

    @Test
    void shouldStayExactlyFairWhenManyThreadsPickFromTheSameRuleAtOnce() throws Exception {
        RoutingConfiguration team = pool(rule("sdrs", DistributionMethod.ROUND_ROBIN, Member.of(ANNA.id()),
                Member.of(BEN.id()), Member.of(CARA.id()), Member.of(DAN.id())), ANNA, BEN, CARA, DAN);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<String>> picks = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String key = "r" + i;
            picks.add(threads.submit(() -> owner(route(team, anyLead(key)))));
        }
        List<String> owners = new ArrayList<>();
        for (Future<String> pick : picks) {
            owners.add(pick.get());
        }
        threads.shutdown();

        assertThat(counts(owners)).containsExactly(Map.entry("005-anna", 100L), Map.entry("005-ben", 100L),
                Map.entry("005-cara", 100L), Map.entry("005-dan", 100L));
    }

    private List<String> route(RoutingConfiguration configuration, int count) {
        return route(configuration, count, MONDAY_MORNING);
    }

    private List<String> route(RoutingConfiguration configuration, int count, Instant at) {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Distribution distribution = live(configuration.activationTarget(),
                    anyLead("lead-" + leads.incrementAndGet()), version(1, configuration), at);
            owners.add(owner(distribution));
        }
        return Collections.unmodifiableList(owners);
    }

    private Distribution route(RoutingConfiguration configuration, RoutingSubject subject) {
        return live(configuration.activationTarget(), subject, version(3, configuration),
                MONDAY_MORNING);
    }

    private static String owner(Distribution distribution) {
        return ((Distribution.ToOwner) distribution).owner().id();
    }

    private static Map<String, Long> counts(List<String> owners) {
        return owners.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
    }

    /** One lead routed live on its own, its pick stored as a batch of one stores it (again if another thread won). */
    private Distribution live(Target target, RoutingSubject subject, ConfigurationVersion version, Instant now) {
        for (int attempt = 0; attempt < 200; attempt++) {
            PickSession session = distributor.liveSession();
            Distribution distribution = distributor.distribute(target, subject, version, now, session);
            if (session.store()) {
                return distribution;
            }
        }
        throw new IllegalStateException("the rule changed under 200 attempts in a row");
    }

    private Distribution preview(Target target, RoutingSubject subject, ConfigurationVersion version, Instant now) {
        return distributor.distribute(target, subject, version, now, distributor.previewSession());
    }
}
