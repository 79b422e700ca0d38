package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.ALICE;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.BOB;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.CAROL;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.DAVE;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.EMEA_SDRS;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.ENTERPRISE_AES;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.REVIEW_QUEUE;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.aRoutingConfiguration;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.emea;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.emeaSdrs;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.enterprise;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.enterpriseAes;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.northAmerica;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.officeHours;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationValidatorTest {

    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    @Test
    void shouldAcceptTheRealisticConfigurationWithoutErrorsOrWarnings() {
        RoutingConfiguration configuration = aRoutingConfiguration().build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
        assertThat(validation.isValid()).isTrue();
    }

    @Test
    void shouldAcceptTheDefaultConfiguration() {
        Validation validation = ConfigurationValidator.validate(RoutingConfiguration.DEFAULT);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldRefuseAMissingConfiguration() {
        Validation validation = ConfigurationValidator.validate(null);

        assertThat(validation.errors()).containsExactly(new Problem("",
                "The routing configuration is empty; send at least its activation target."));
        assertThat(validation.isValid()).isFalse();
    }

    // Targets

    @Test
    void shouldRefuseAMissingActivationTarget() {
        RoutingConfiguration configuration = aRoutingConfiguration().withActivationTarget(null).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("activationTarget", "The activation target is"
                + " missing; set where the leads of newly active responses go, e.g. ASSIGNMENT_RULES or"
                + " EXTERNAL_ENGINE."));
    }

    @Test
    void shouldRefuseATargetWithoutType() {
        RoutingConfiguration configuration = aRoutingConfiguration().withCatchAll(new Target(null, REVIEW_QUEUE))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("catchAll.type", "The catch-all has no type; use"
                + " one of USER, QUEUE, EXTERNAL_ENGINE, DISTRIBUTION_RULE or HOPPER."));
    }

    @Test
    void shouldRefuseAUserTargetWithoutUserId() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRule(2, new AssignmentRule("North America", northAmerica().criteria(),
                        Target.user(null))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[2].target.id", "The target of"
                + " assignment rule 'North America' is a USER target without a user id; name the user."));
    }

    @Test
    void shouldRefuseAQueueTargetWithoutQueueId() {
        RoutingConfiguration configuration = aRoutingConfiguration().withCatchAll(Target.queue(" ")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("catchAll.id",
                "The catch-all is a QUEUE target without a queue id; name the queue."));
    }

    @Test
    void shouldRefuseADistributionRuleTargetWithoutRuleName() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withActivationTarget(Target.distributionRule(null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("activationTarget.id", "The activation target is"
                + " a DISTRIBUTION_RULE target without a rule name; name the distribution rule."));
    }

    @Test
    void shouldRefuseATargetNamingAnUnknownUser() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRule(2, new AssignmentRule("North America", northAmerica().criteria(),
                        Target.user("005-zed"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[2].target.id", "The target of"
                + " assignment rule 'North America' names user '005-zed', an unknown user; add them to the users or"
                + " name another user."));
    }

    @Test
    void shouldRefuseATargetNamingAnUnknownQueue() {
        RoutingConfiguration configuration = aRoutingConfiguration().withCatchAll(Target.queue("00G-nowhere")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("catchAll.id", "The catch-all names queue"
                + " '00G-nowhere', an unknown queue; add it to the queues or name another queue."));
    }

    @Test
    void shouldRefuseATargetNamingADistributionRuleThatDoesNotExist() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(1, new DistributionRule(
                ENTERPRISE_AES, DistributionMethod.WEIGHTED, enterpriseAes().members(), CapPeriod.DAY,
                Target.distributionRule("Enterprise Backup"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[1].overflow.id", "The overflow"
                + " of distribution rule 'Enterprise AEs' names distribution rule 'Enterprise Backup', which does not"
                + " exist; add it to the distribution rules or name another rule."));
    }

    @Test
    void shouldRefuseAHopperTargetOwnedByAnUnknownUser() {
        RoutingConfiguration configuration = aRoutingConfiguration().withCatchAll(Target.hopper("005-zed")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("catchAll.id", "The catch-all puts leads in the"
                + " hopper owned by user '005-zed', an unknown user; add them to the users, or leave the owner out to"
                + " leave leads unassigned in the hopper."));
    }

    @Test
    void shouldRefuseACatchAllSendingLeadsBackToTheAssignmentRules() {
        RoutingConfiguration configuration = aRoutingConfiguration().withCatchAll(Target.assignmentRules()).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("catchAll.type", "The catch-all is"
                + " ASSIGNMENT_RULES, which would send leads through the assignment rules again, in a loop; only the"
                + " activation target may be ASSIGNMENT_RULES."));
    }

    @Test
    void shouldRefuseAnAssignmentRuleSendingLeadsBackToTheAssignmentRules() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRule(2, new AssignmentRule("North America", northAmerica().criteria(),
                        Target.assignmentRules())).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[2].target.type", "The target of"
                + " assignment rule 'North America' is ASSIGNMENT_RULES, which would send leads through the assignment"
                + " rules again, in a loop; only the activation target may be ASSIGNMENT_RULES."));
    }

    @Test
    void shouldRefuseAnOverflowSendingLeadsBackToTheAssignmentRules() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(1, new DistributionRule(
                ENTERPRISE_AES, DistributionMethod.WEIGHTED, enterpriseAes().members(), CapPeriod.DAY,
                Target.assignmentRules())).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[1].overflow.type", "The"
                + " overflow of distribution rule 'Enterprise AEs' is ASSIGNMENT_RULES, which would send leads through"
                + " the assignment rules again, in a loop; only the activation target may be ASSIGNMENT_RULES."));
    }

    @Test
    void shouldRefuseActivatingThroughAssignmentRulesWhenThereAreNeitherRulesNorCatchAll() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules().withCatchAll(null)
                .withDistributionRules().build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("activationTarget", "The activation target is"
                + " ASSIGNMENT_RULES, but there are no assignment rules and no catch-all, so every lead would stay"
                + " unassigned; add assignment rules or a catch-all, or choose another activation target."));
    }

    @Test
    void shouldRefuseAnEmptyEntryInAList() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraUser(null).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[4]",
                "This user entry is empty; remove it or fill it in."));
    }

    // Users

    @Test
    void shouldRefuseAUserWithoutId() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withExtraUser(RoutingUser.available(null, "Erin Evans")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[4].id",
                "User Erin Evans has no id; give it the CRM user id."));
    }

    @Test
    void shouldRefuseADuplicatedUserId() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withExtraUser(RoutingUser.available(ALICE, "Alice Again")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[4].id", "User id '005-alice' is used twice"
                + " (first at users[0]); remove the duplicate or give it its own id."));
    }

    @Test
    void shouldRefuseAnInvalidTimeZone() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withUser(0, new RoutingUser(ALICE, "Alice Archer", "Europe/Atlantis", null, false, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[0].timeZone", "User '005-alice' has the"
                + " time zone 'Europe/Atlantis', which does not exist; use an IANA time zone such as Europe/Berlin or"
                + " America/New_York."));
    }

    @Test
    void shouldRefuseWorkingHoursWithoutDays() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                "Europe/London", new WorkingHours(List.of(), LocalTime.of(8, 0), LocalTime.of(16, 0)), false, null))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].workingHours.days", "User '005-bob' has"
                + " working hours without days, so they never work; list their working days or remove the working"
                + " hours."));
    }

    @Test
    void shouldRefuseWorkingHoursWithoutStart() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                "Europe/London", new WorkingHours(List.of(DayOfWeek.MONDAY), null, LocalTime.of(16, 0)), false, null))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].workingHours.start", "User '005-bob' has"
                + " working hours without a start time; set when their day starts, e.g. 09:00."));
    }

    @Test
    void shouldRefuseWorkingHoursWithoutEnd() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                "Europe/London", new WorkingHours(List.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), null), false, null))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].workingHours.end", "User '005-bob' has"
                + " working hours without an end time; set when their day ends, e.g. 17:00."));
    }

    @Test
    void shouldRefuseWorkingHoursEndingWhenTheyStart() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                "Europe/London", officeHours(9, 9), false, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].workingHours", "User '005-bob' has"
                + " working hours starting and ending at 09:00, so they never work; set another end time (an end"
                + " before the start is a night shift)."));
    }

    @Test
    void shouldRefuseAnAbsenceWithoutFirstDay() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                null, null, false, List.of(new Absence(null, CHRISTMAS)))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].absences[0].from",
                "User '005-bob' has an absence without a first day; set its from date."));
    }

    @Test
    void shouldRefuseAnAbsenceWithoutLastDay() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                null, null, false, List.of(new Absence(CHRISTMAS, null)))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].absences[0].until",
                "User '005-bob' has an absence without a last day; set its until date."));
    }

    @Test
    void shouldRefuseAnAbsenceEndingBeforeItStarts() {
        RoutingConfiguration configuration = aRoutingConfiguration().withUser(1, new RoutingUser(BOB, "Bob Baker",
                null, null, false, List.of(new Absence(CHRISTMAS, CHRISTMAS.minusDays(3))))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("users[1].absences[0]", "User '005-bob' has an"
                + " absence from 2026-12-25 until 2026-12-22, which ends before it starts; swap the dates."));
    }

    // Queues and regions

    @Test
    void shouldRefuseAQueueWithoutId() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withExtraQueue(new RoutingQueue(null, "Partner Leads")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("queues[1].id",
                "Queue Partner Leads has no id; give it the CRM queue id."));
    }

    @Test
    void shouldRefuseADuplicatedQueueId() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withExtraQueue(new RoutingQueue(REVIEW_QUEUE, "Partner Leads")).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("queues[1].id", "Queue id '00G-review' is used"
                + " twice (first at queues[0]); remove the duplicate or give it its own id."));
    }

    @Test
    void shouldRefuseARegionWithoutName() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraRegion(new Region(null, List.of("JP")))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("regions[2].name",
                "A region has no name; name it so assignment rules can refer to it."));
    }

    @Test
    void shouldRefuseARegionNameUsedTwiceIgnoringCase() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraRegion(new Region("emea", List.of("JP")))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("regions[2].name", "Region name 'emea' is used"
                + " twice (first at regions[0], ignoring case); rename one of them."));
    }

    @Test
    void shouldRefuseARegionWithoutPlaces() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraRegion(new Region("APAC", List.of()))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("regions[2].places", "Region 'APAC' has no places,"
                + " so no lead is ever in it; list its country codes (DE) or country-state codes (US-CA)."));
    }

    @Test
    void shouldRefuseAPlaceThatIsNeitherCountryNorCountryStateCode() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withExtraRegion(new Region("APAC", List.of("JP", "AU-NSW", "Singapore"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("regions[2].places[2]", "Region 'APAC' has the"
                + " place 'Singapore', which is neither a country code (DE) nor a country-state code (US-CA); use ISO"
                + " codes."));
    }

    // Distribution rules

    @Test
    void shouldRefuseADistributionRuleWithoutName() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraDistributionRule(new DistributionRule(
                null, DistributionMethod.ROUND_ROBIN, List.of(Member.of(BOB)), null, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[2].name",
                "A distribution rule has no name; name it so targets can refer to it."));
    }

    @Test
    void shouldRefuseADuplicatedDistributionRuleName() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraDistributionRule(emeaSdrs()).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[2].name", "Distribution rule"
                + " name 'EMEA SDRs' is used twice (first at distributionRules[0]); rename one of them: targets only"
                + " ever reach the first."));
    }

    @Test
    void shouldRefuseADistributionRuleWithoutMethod() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, null, emeaSdrs().members(), null, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].method", "Distribution rule"
                + " 'EMEA SDRs' has no method; choose ROUND_ROBIN, WEIGHTED or LOAD_BALANCED."));
    }

    @Test
    void shouldRefuseADistributionRuleWithAnEmptyPool() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, DistributionMethod.ROUND_ROBIN, null, null, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].members", "Distribution rule"
                + " 'EMEA SDRs' has no members, so it can never assign a lead; add users to it."));
    }

    @Test
    void shouldRefuseAMemberWithoutUserId() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, DistributionMethod.ROUND_ROBIN, List.of(Member.of(ALICE), Member.of(null)), null, null))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].members[1].userId",
                "A member of distribution rule 'EMEA SDRs' has no user id; name the user."));
    }

    @Test
    void shouldRefuseAMemberWhoIsAnUnknownUser() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, DistributionMethod.ROUND_ROBIN, List.of(Member.of(ALICE), Member.of("005-zed")), null,
                null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].members[1].userId",
                "Distribution rule 'EMEA SDRs' has member '005-zed', an unknown user; add them to the users or remove"
                        + " the member."));
    }

    @Test
    void shouldRefuseAMemberListedTwiceInTheSameRule() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, DistributionMethod.ROUND_ROBIN, List.of(Member.of(ALICE), Member.of(BOB), Member.of(ALICE)),
                null, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].members[2].userId",
                "Distribution rule 'EMEA SDRs' lists user '005-alice' twice; remove one of them."));
    }

    @Test
    void shouldRefuseAWeightBelowOne() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(1, new DistributionRule(
                ENTERPRISE_AES, DistributionMethod.WEIGHTED, List.of(new Member(CAROL, 3, 20), new Member(DAVE, 0, 10)),
                CapPeriod.DAY, Target.queue(REVIEW_QUEUE))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[1].members[1].weight",
                "Member '005-dave' of distribution rule 'Enterprise AEs' has weight 0; a weight must be at least 1."));
    }

    @Test
    void shouldRefuseACapBelowOne() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(1, new DistributionRule(
                ENTERPRISE_AES, DistributionMethod.WEIGHTED, List.of(new Member(CAROL, 3, 0), new Member(DAVE, 1, 10)),
                CapPeriod.DAY, Target.queue(REVIEW_QUEUE))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[1].members[0].cap",
                "Member '005-carol' of distribution rule 'Enterprise AEs' has cap 0; a cap must be at least 1 (leave"
                        + " it out for no cap)."));
    }

    @Test
    void shouldRefuseDistributionRulesOverflowingIntoEachOther() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withDistributionRule(0, new DistributionRule(EMEA_SDRS, DistributionMethod.ROUND_ROBIN,
                        emeaSdrs().members(), null, Target.distributionRule(ENTERPRISE_AES)))
                .withDistributionRule(1, new DistributionRule(ENTERPRISE_AES, DistributionMethod.WEIGHTED,
                        enterpriseAes().members(), CapPeriod.DAY, Target.distributionRule(EMEA_SDRS)))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].overflow", "Distribution"
                + " rules overflow into each other in a cycle: EMEA SDRs -> Enterprise AEs -> EMEA SDRs, so a lead"
                + " nobody in them can take has nowhere to go; point one of these overflows outside the cycle."));
    }

    @Test
    void shouldRefuseADistributionRuleOverflowingToItself() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(1, new DistributionRule(
                ENTERPRISE_AES, DistributionMethod.WEIGHTED, enterpriseAes().members(), CapPeriod.DAY,
                Target.distributionRule(ENTERPRISE_AES))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[1].overflow", "Distribution"
                + " rules overflow into each other in a cycle: Enterprise AEs -> Enterprise AEs, so a lead nobody in"
                + " them can take has nowhere to go; point one of these overflows outside the cycle."));
    }

    @Test
    void shouldWarnAboutADistributionRuleNoTargetRefersTo() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraDistributionRule(new DistributionRule(
                "Weekend Cover", DistributionMethod.LOAD_BALANCED, List.of(Member.of(BOB)), null, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("distributionRules[2]", "Distribution rule"
                + " 'Weekend Cover' is not used: no target sends leads to it; point an assignment rule, the catch-all,"
                + " the activation target or an overflow at it, or remove it."));
    }

    @Test
    void shouldWarnAboutAWeightOnARuleThatIsNotWeighted() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, DistributionMethod.ROUND_ROBIN, List.of(new Member(ALICE, 2, null), Member.of(BOB)), null,
                null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("distributionRules[0].members[0].weight",
                "Member '005-alice' of distribution rule 'EMEA SDRs' has a weight, which ROUND_ROBIN ignores; remove"
                        + " the weight or make the rule WEIGHTED."));
    }

    @Test
    void shouldWarnAboutALoadMeasureOnARuleThatIsNotLoadBalanced() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(0, new DistributionRule(
                EMEA_SDRS, DistributionMethod.ROUND_ROBIN, List.of(Member.of(ALICE), Member.of(BOB)), null, null,
                LoadMeasure.OPEN_OPPORTUNITIES)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("distributionRules[0].loadMeasure",
                "Distribution rule 'EMEA SDRs' has a load measure, which ROUND_ROBIN ignores; remove it or make the"
                        + " rule LOAD_BALANCED."));
    }

    @Test
    void shouldWarnAboutCapsOnARuleWithoutOverflow() {
        RoutingConfiguration configuration = aRoutingConfiguration().withDistributionRule(1, new DistributionRule(
                ENTERPRISE_AES, DistributionMethod.WEIGHTED, enterpriseAes().members(), CapPeriod.DAY, null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("distributionRules[1].overflow", "Distribution"
                + " rule 'Enterprise AEs' caps its members but has no overflow, so leads stay unassigned when every"
                + " member is full; add an overflow target."));
    }

    // Assignment rules

    @Test
    void shouldRefuseAnAssignmentRuleWithoutName() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRule(0, new AssignmentRule(null, enterprise().criteria(), enterprise().target()))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[0].name",
                "An assignment rule has no name; name it so routing explanations can refer to it."));
    }

    @Test
    void shouldRefuseADuplicatedAssignmentRuleName() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRule(1, new AssignmentRule(
                "Enterprise", emea().criteria(), emea().target()))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[1].name", "Assignment rule name"
                + " 'Enterprise' is used twice (first at assignmentRules[0]); rename one of them so routing"
                + " explanations are clear."));
    }

    @Test
    void shouldRefuseAnAssignmentRuleWithoutTarget() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRule(0, new AssignmentRule("Enterprise", enterprise().criteria(), null)).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[0].target",
                "Assignment rule 'Enterprise' has no target; set where its leads go."));
    }

    @Test
    void shouldRefuseAConditionOnAnUnknownField() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Germany", Condition.of("contry", Operator.IN, "DE"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria.conditions[0].field",
                "Assignment rule 'Germany' tests the unknown field 'contry'; use one of companySize, score, country,"
                        + " state, region, company, industry, tags, title, status, email, emailDomain, campaignId or"
                        + " custom.<name>."));
    }

    @Test
    void shouldRefuseAConditionWithoutOperator() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Germany", new Condition("country", null, List.of("DE")))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.conditions[0].operator", "Assignment rule 'Germany' has a condition on"
                        + " country without an operator; use one of IN, NOT_IN, BETWEEN, AT_LEAST, AT_MOST, MATCHES,"
                        + " CONTAINS_ALL, PRESENT, ABSENT."));
    }

    @Test
    void shouldRefuseAListOperatorWithoutValues() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Germany", Condition.of("country", Operator.IN))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria.conditions[0].values",
                "Assignment rule 'Germany' tests country IN without values; give at least one value."));
    }

    @Test
    void shouldRefuseBetweenWithoutExactlyTwoValues() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Mid-market", Condition.of("companySize", Operator.BETWEEN, "100"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria.conditions[0].values",
                "Assignment rule 'Mid-market' tests companySize BETWEEN with one value; give exactly two, the minimum"
                        + " and the maximum."));
    }

    @Test
    void shouldRefuseBetweenWithTheMinimumAboveTheMaximum() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Mid-market", Condition.of("companySize", Operator.BETWEEN, "999", "100"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria.conditions[0].values",
                "Assignment rule 'Mid-market' tests companySize BETWEEN 999 and 100, but the minimum is above the"
                        + " maximum, so no lead matches; put the minimum first."));
    }

    @Test
    void shouldRefuseAtLeastWithoutExactlyOneValue() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Hot leads", Condition.of("score", Operator.AT_LEAST, "80", "90"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria.conditions[0].values",
                "Assignment rule 'Hot leads' tests score AT_LEAST with 2 values; give exactly one."));
    }

    @Test
    void shouldRefusePresentWithValues() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Campaign leads", Condition.of("campaignId", Operator.PRESENT, "701-webinar"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria.conditions[0].values",
                "Assignment rule 'Campaign leads' tests campaignId PRESENT with values, but PRESENT takes none; remove"
                        + " them."));
    }

    @Test
    void shouldRefuseAnEmptyValue() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Germany", Condition.of("country", Operator.IN, "DE", " "))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.conditions[0].values[1]",
                "Assignment rule 'Germany' tests country IN with an empty value; remove it or fill it in."));
    }

    @Test
    void shouldRefuseANonNumericValueForANumericOperator() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Hot leads", Condition.of("score", Operator.AT_LEAST, "high"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.conditions[0].values[0]", "Assignment rule 'Hot leads' tests score"
                        + " AT_LEAST 'high', which is not a number; give a number such as 1000."));
    }

    @Test
    void shouldRefuseANumericOperatorOnATextField() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Late statuses", Condition.of("status", Operator.AT_LEAST, "3"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.conditions[0].operator", "Assignment rule 'Late statuses' tests status"
                        + " AT_LEAST, but status is not a number; use AT_LEAST on companySize, score or a custom field,"
                        + " or another operator."));
    }

    @Test
    void shouldAcceptANumericOperatorOnACustomField() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Big budgets", Condition.of("custom.budget", Operator.AT_LEAST, "50000"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
    }

    @Test
    void shouldRefuseContainsAllOnASingleValuedField() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Germany", Condition.of("country", Operator.CONTAINS_ALL, "DE"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.conditions[0].operator", "Assignment rule 'Germany' tests country"
                        + " CONTAINS_ALL, but a lead has only one country; use IN, or CONTAINS_ALL on tags or"
                        + " region."));
    }

    @Test
    void shouldRefuseARegionThatIsNotDefined() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(
                rule("Asia-Pacific", Condition.of("region", Operator.IN, "APAC"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.conditions[0].values[0]", "Assignment rule 'Asia-Pacific' tests region"
                        + " 'APAC', which is not defined; define it under regions or use one of EMEA, NA."));
    }

    @Test
    void shouldGiveThePathOfAConditionInANestedGroup() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(new AssignmentRule(
                "Strategic", Criteria.all(Condition.of("country", Operator.IN, "US"))
                        .with(Criteria.any(Condition.of("tags", Operator.IN, "strategic"),
                                Condition.of("score", Operator.AT_LEAST))),
                Target.user(CAROL))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "assignmentRules[4].criteria.groups[0].conditions[1].values",
                "Assignment rule 'Strategic' tests score AT_LEAST without values; give exactly one."));
    }

    // Unreachable and overlapping assignment rules

    @Test
    void shouldRefuseARuleWhoseConditionsOnOneFieldContradictEachOther() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(rule("Transatlantic",
                Condition.of("country", Operator.IN, "US"), Condition.of("country", Operator.IN, "DE"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria", "Assignment rule"
                + " 'Transatlantic' can never match: country in [US] and country in [DE] cannot both hold. Fix its"
                + " criteria or remove it."));
    }

    @Test
    void shouldRefuseARuleWithAnEmptyNumericRange() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(rule("Odd size",
                Condition.of("companySize", Operator.AT_LEAST, "1000"),
                Condition.of("companySize", Operator.AT_MOST, "50"))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria", "Assignment rule"
                + " 'Odd size' can never match: companySize at least 1000 and companySize at most 50 cannot both hold."
                + " Fix its criteria or remove it."));
    }

    @Test
    void shouldRefuseARuleWhoseAlternativesAllContradictThemselves() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(new AssignmentRule(
                "Confused", Criteria.all(Condition.of("country", Operator.ABSENT))
                        .with(Criteria.any(Condition.of("country", Operator.IN, "DE"),
                                Condition.of("country", Operator.MATCHES, "D*"))),
                Target.user(ALICE))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4].criteria", "Assignment rule"
                + " 'Confused' can never match: none of its 2 alternatives can hold, e.g. country missing and country"
                + " in [DE] cannot both hold. Fix its criteria or remove it."));
    }

    @Test
    void shouldRefuseARuleAfterARuleThatMatchesEveryLead() {
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRules(new AssignmentRule("Everyone", null, Target.queue(REVIEW_QUEUE)), enterprise())
                .withCatchAll(null).withDistributionRules(enterpriseAes()).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[1]", "Assignment rule"
                + " 'Enterprise' can never match: the earlier assignment rule 'Everyone' matches every lead. Move it"
                + " before assignment rule 'Everyone' or remove it."));
    }

    @Test
    void shouldRefuseARuleWhoseLeadsAnEarlierRuleAlreadyTakes() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(
                rule("US and Canada", Condition.of("country", Operator.IN, "US", "CA")),
                new AssignmentRule("US enterprise", Criteria.all(Condition.of("country", Operator.IN, "us"),
                        Condition.of("companySize", Operator.AT_LEAST, "1000")),
                        Target.distributionRule(ENTERPRISE_AES)))
                .withDistributionRules(enterpriseAes()).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[1]", "Assignment rule"
                + " 'US enterprise' can never match: the earlier assignment rule 'US and Canada' already takes every"
                + " lead it could match. Move it before assignment rule 'US and Canada', narrow that rule, or remove"
                + " it."));
    }

    @Test
    void shouldRefuseARuleEachOfWhoseAlternativesAnEarlierRuleTakes() {
        RoutingConfiguration configuration = aRoutingConfiguration().withExtraAssignmentRule(new AssignmentRule(
                "Big or well known", Criteria.any(Condition.of("companySize", Operator.BETWEEN, "5000", "100000"),
                        Condition.of("companySize", Operator.AT_LEAST, "2000")), Target.user(CAROL))).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[4]", "Assignment rule"
                + " 'Big or well known' can never match: the earlier assignment rule 'Enterprise' already takes every"
                + " lead it could match. Move it before assignment rule 'Enterprise', narrow that rule, or remove"
                + " it."));
    }

    @Test
    void shouldRefuseARuleAnEarlierPatternAlreadyCovers() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(
                rule("Banks", Condition.of("company", Operator.MATCHES, "*Bank*")),
                new AssignmentRule("Named banks", Criteria.all(Condition.of("company", Operator.IN, "Deutsche Bank",
                        "Bank of America"), Condition.of("country", Operator.PRESENT)), Target.user(CAROL)))
                .withDistributionRules().build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[1]", "Assignment rule"
                + " 'Named banks' can never match: the earlier assignment rule 'Banks' already takes every lead it"
                + " could match. Move it before assignment rule 'Banks', narrow that rule, or remove it."));
    }

    @Test
    void shouldNotReportAContradictionBetweenValuesOfAMultiValuedField() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(rule("Partner referrals",
                Condition.of("tags", Operator.IN, "partner"), Condition.of("tags", Operator.IN, "referral")))
                .withDistributionRules().build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
    }

    @Test
    void shouldLeaveOutOfTheAnalysisARuleWithTooManyAlternatives() {
        Criteria everyCombination = Criteria.all();
        for (int group = 0; group < 9; group++) {
            everyCombination = everyCombination.with(Criteria.any(Condition.of("tags", Operator.IN, "a" + group),
                    Condition.of("tags", Operator.IN, "b" + group)));
        }
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(
                new AssignmentRule("Everyone", null, Target.queue(REVIEW_QUEUE)),
                new AssignmentRule("Tagged", everyCombination, Target.user(ALICE)))
                .withCatchAll(null).withDistributionRules().build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
    }

    @Test
    void shouldWarnAboutRulesWithDifferentTargetsThatOverlap() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(
                rule("United States", Condition.of("country", Operator.IN, "US")), enterprise())
                .withDistributionRules(enterpriseAes()).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("assignmentRules[1]", "Assignment rule"
                + " 'Enterprise' overlaps the earlier assignment rule 'United States': a lead with country in [US] and"
                + " companySize at least 1000 matches both, and assignment rule 'United States' wins because it comes"
                + " first. Move assignment rule 'Enterprise' before it if it should win, or narrow one of them."));
    }

    @Test
    void shouldNotWarnAboutOverlappingRulesWithTheSameTarget() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(
                rule("United States", Condition.of("country", Operator.IN, "US")),
                new AssignmentRule("Hot leads", Criteria.all(Condition.of("score", Operator.AT_LEAST, "90")),
                        Target.user(CAROL))).withDistributionRules().build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
    }

    @Test
    void shouldWarnWhenRulesMayLeaveLeadsUnmatchedAndThereIsNoCatchAll() {
        RoutingConfiguration configuration = aRoutingConfiguration().withCatchAll(null).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("catchAll", "There is no catch-all, so leads"
                + " that match no assignment rule stay unassigned; set a catch-all target, e.g. a queue."));
    }

    @Test
    void shouldWarnAboutACatchAllThatNeverAppliesBecauseARuleMatchesEveryLead() {
        RoutingConfiguration configuration = aRoutingConfiguration().withAssignmentRules(enterprise(),
                new AssignmentRule("Everyone else", Criteria.any(), Target.queue(REVIEW_QUEUE)))
                .withDistributionRules(enterpriseAes()).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("catchAll", "The catch-all never applies:"
                + " assignment rule 'Everyone else' matches every lead. Remove the catch-all, or give that rule"
                + " criteria."));
    }

    @Test
    void shouldReportEveryProblemOfAConfigurationAtOnce() {
        RoutingConfiguration configuration = new RoutingConfiguration(null, List.of(enterprise()), null,
                List.of(enterpriseAes()), List.of(), null, null);

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).extracting(Problem::path).containsExactly("activationTarget",
                "distributionRules[0].members[0].userId", "distributionRules[0].members[1].userId",
                "distributionRules[0].overflow.id");
    }

    private static AssignmentRule rule(String name, Condition... conditions) {
        return new AssignmentRule(name, Criteria.all(conditions), Target.user(CAROL));
    }
}
