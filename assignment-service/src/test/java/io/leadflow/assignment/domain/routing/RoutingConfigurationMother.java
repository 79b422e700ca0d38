package io.leadflow.assignment.domain.routing;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Object mother for routing configurations: a valid, realistic configuration (EMEA and North America, an
 * enterprise team with caps and overflow, agencies in the hopper, a review queue as catch-all) to change one
 * thing at a time. Its assignment rules exclude each other, so it validates without errors or warnings.
 */
final class RoutingConfigurationMother {

    static final String ALICE = "005-alice";
    static final String BOB = "005-bob";
    static final String CAROL = "005-carol";
    static final String DAVE = "005-dave";
    static final String REVIEW_QUEUE = "00G-review";
    static final String EMEA_SDRS = "EMEA SDRs";
    static final String ENTERPRISE_AES = "Enterprise AEs";

    private Target activationTarget = Target.assignmentRules();
    private List<AssignmentRule> assignmentRules = new ArrayList<>(
            List.of(enterprise(), emea(), northAmerica(), agencies()));
    private Target catchAll = Target.queue(REVIEW_QUEUE);
    private List<DistributionRule> distributionRules = new ArrayList<>(List.of(emeaSdrs(), enterpriseAes()));
    private final List<RoutingUser> users = new ArrayList<>(List.of(
            new RoutingUser(ALICE, "Alice Archer", "Europe/Berlin", officeHours(9, 17), false,
                    List.of(new Absence(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)))),
            new RoutingUser(BOB, "Bob Baker", "Europe/London", officeHours(8, 16), false, List.of()),
            new RoutingUser(CAROL, "Carol Chen", "America/New_York", officeHours(9, 18), false, List.of()),
            new RoutingUser(DAVE, "Dave Diaz", "America/Los_Angeles", officeHours(8, 17), false, List.of())));
    private final List<RoutingQueue> queues = new ArrayList<>(
            List.of(new RoutingQueue(REVIEW_QUEUE, "Inbound Review")));
    private final List<Region> regions = new ArrayList<>(List.of(
            new Region("EMEA", List.of("DE", "FR", "GB", "NL", "AE")),
            new Region("NA", List.of("US", "CA"))));

    private Acknowledgement acknowledgement;
    private List<CandidateQuery> candidateQueries = new ArrayList<>();

    private RoutingConfigurationMother() {
    }

    static RoutingConfigurationMother aRoutingConfiguration() {
        return new RoutingConfigurationMother();
    }

    static AssignmentRule enterprise() {
        return new AssignmentRule("Enterprise", Criteria.all(Condition.of("companySize", Operator.AT_LEAST, "1000")),
                Target.distributionRule(ENTERPRISE_AES));
    }

    static AssignmentRule emea() {
        return new AssignmentRule("EMEA", Criteria.all(Condition.of("region", Operator.IN, "EMEA"),
                Condition.of("companySize", Operator.AT_MOST, "999")), Target.distributionRule(EMEA_SDRS));
    }

    static AssignmentRule northAmerica() {
        return new AssignmentRule("North America", Criteria.all(Condition.of("region", Operator.IN, "NA"),
                Condition.of("companySize", Operator.AT_MOST, "999")), Target.user(DAVE));
    }

    static AssignmentRule agencies() {
        return new AssignmentRule("Agencies elsewhere", Criteria.all(
                Condition.of("company", Operator.MATCHES, "*Agency*", "*Marketing*"),
                Condition.of("companySize", Operator.AT_MOST, "999"),
                Condition.of("region", Operator.NOT_IN, "EMEA", "NA")), Target.hopper(null));
    }

    static DistributionRule emeaSdrs() {
        return new DistributionRule(EMEA_SDRS, DistributionMethod.ROUND_ROBIN,
                List.of(Member.of(ALICE), Member.of(BOB)), null, null);
    }

    static DistributionRule enterpriseAes() {
        return new DistributionRule(ENTERPRISE_AES, DistributionMethod.WEIGHTED,
                List.of(new Member(CAROL, 3, 20), new Member(DAVE, 1, 10)), CapPeriod.DAY, Target.queue(REVIEW_QUEUE));
    }

    static WorkingHours officeHours(int from, int to) {
        return new WorkingHours(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), LocalTime.of(from, 0),
                LocalTime.of(to, 0));
    }

    RoutingConfigurationMother withActivationTarget(Target target) {
        activationTarget = target;
        return this;
    }

    RoutingConfigurationMother withCatchAll(Target target) {
        catchAll = target;
        return this;
    }

    RoutingConfigurationMother withAssignmentRules(AssignmentRule... rules) {
        assignmentRules = new ArrayList<>(Arrays.asList(rules));
        return this;
    }

    RoutingConfigurationMother withAssignmentRule(int index, AssignmentRule rule) {
        assignmentRules.set(index, rule);
        return this;
    }

    RoutingConfigurationMother withExtraAssignmentRule(AssignmentRule rule) {
        assignmentRules.add(rule);
        return this;
    }

    RoutingConfigurationMother withDistributionRules(DistributionRule... rules) {
        distributionRules = new ArrayList<>(Arrays.asList(rules));
        return this;
    }

    RoutingConfigurationMother withDistributionRule(int index, DistributionRule rule) {
        distributionRules.set(index, rule);
        return this;
    }

    RoutingConfigurationMother withExtraDistributionRule(DistributionRule rule) {
        distributionRules.add(rule);
        return this;
    }

    RoutingConfigurationMother withUser(int index, RoutingUser user) {
        users.set(index, user);
        return this;
    }

    RoutingConfigurationMother withExtraUser(RoutingUser user) {
        users.add(user);
        return this;
    }

    RoutingConfigurationMother withExtraQueue(RoutingQueue queue) {
        queues.add(queue);
        return this;
    }

    RoutingConfigurationMother withExtraRegion(Region region) {
        regions.add(region);
        return this;
    }

    RoutingConfigurationMother withAcknowledgement(Acknowledgement sla) {
        acknowledgement = sla;
        return this;
    }

    RoutingConfigurationMother withCandidateQueries(CandidateQuery... queries) {
        candidateQueries = new ArrayList<>(Arrays.asList(queries));
        return this;
    }

    RoutingConfiguration build() {
        return new RoutingConfiguration(activationTarget, assignmentRules, catchAll, distributionRules, users, queues,
                regions, acknowledgement, candidateQueries);
    }
}
