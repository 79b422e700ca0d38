package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.ALICE;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.BOB;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.EMEA_SDRS;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.REVIEW_QUEUE;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.aRoutingConfiguration;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.emea;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.emeaSdrs;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Match;
import io.leadflow.criteria.Operator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validation of acknowledgement SLAs, their reassignments and candidate queries. */
class AcknowledgementChecksTest {

    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final CandidateQuery TEAM = new CandidateQuery("Team", List.of(ALICE, BOB),
            Criteria.all(Condition.of("rating", Operator.AT_LEAST, "3")),
            List.of(new CandidateSort("rating", CandidateSort.Direction.DESC)), 5);

    private static Reassignment reassignment(ReassignmentAlgorithm algorithm, String query, Integer blastSize,
            Integer maxAttempts, Duration within, Target finalTarget) {
        return new Reassignment(algorithm, query, blastSize, maxAttempts, within, finalTarget);
    }

    private static Acknowledgement sla(Reassignment reassignment) {
        return new Acknowledgement(FIFTEEN_MINUTES, reassignment);
    }

    private static Acknowledgement single() {
        return sla(reassignment(ReassignmentAlgorithm.SINGLE, "Team", null, null, null, Target.queue(REVIEW_QUEUE)));
    }

    /** The realistic configuration with {@code sla} as its global SLA and the Team query. */
    private static Validation validateGlobal(Acknowledgement sla) {
        return ConfigurationValidator.validate(aRoutingConfiguration().withAcknowledgement(sla)
                .withCandidateQueries(TEAM).build());
    }

    /** The realistic configuration with the global single SLA and these candidate queries. */
    private static Validation validateQueries(CandidateQuery... queries) {
        return ConfigurationValidator.validate(aRoutingConfiguration().withAcknowledgement(single())
                .withCandidateQueries(queries).build());
    }

    private static CandidateQuery teamFiltered(Condition... conditions) {
        return new CandidateQuery("Team", List.of(), Criteria.all(conditions), List.of(), null);
    }

    @Test
    void shouldAcceptSlasOnAllThreeLevels() {
        DistributionRule sdrs = emeaSdrs();
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAcknowledgement(single())
                .withDistributionRule(0, new DistributionRule(sdrs.name(), sdrs.method(), sdrs.members(), null, null,
                        null, sla(reassignment(ReassignmentAlgorithm.BLAST, "Team", 2, null, Duration.ofMinutes(5),
                                Target.hopper(null)))))
                .withAssignmentRule(0, new AssignmentRule("Enterprise", enterprise().criteria(), enterprise().target(),
                        sla(reassignment(ReassignmentAlgorithm.ROUND_ROBIN, "Team", null, 3, null,
                                Target.user(BOB)))))
                .withCandidateQueries(TEAM)
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).isEmpty();
    }

    // SLAs

    @Test
    void shouldRefuseAnSlaWithoutDeadline() {
        Validation validation = validateGlobal(new Acknowledgement(null, single().reassignment()));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.within", "The configuration's"
                + " acknowledgement SLA has no deadline; set how long candidates have to acknowledge, e.g. PT15M."));
    }

    @Test
    void shouldRefuseADistributionRuleSlaWithoutTimeToAcknowledge() {
        DistributionRule sdrs = emeaSdrs();
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withDistributionRule(0, new DistributionRule(sdrs.name(), sdrs.method(), sdrs.members(), null, null,
                        null, new Acknowledgement(Duration.ZERO, single().reassignment())))
                .withCandidateQueries(TEAM).build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("distributionRules[0].acknowledgement.within",
                "The acknowledgement SLA of distribution rule 'EMEA SDRs' must give candidates some time to"
                        + " acknowledge; set a positive duration, e.g. PT15M."));
    }

    @Test
    void shouldRefuseAnAssignmentRuleSlaWithoutReassignment() {
        AssignmentRule rule = emea();
        RoutingConfiguration configuration = aRoutingConfiguration()
                .withAssignmentRule(1, new AssignmentRule(rule.name(), rule.criteria(), rule.target(),
                        new Acknowledgement(FIFTEEN_MINUTES, null)))
                .build();

        Validation validation = ConfigurationValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("assignmentRules[1].acknowledgement.reassignment",
                "The acknowledgement SLA of assignment rule 'EMEA' says nothing about what happens when an offer"
                        + " expires; add a reassignment (algorithm, candidate query, final target)."));
    }

    @Test
    void shouldRefuseAReassignmentWithoutAlgorithm() {
        Validation validation = validateGlobal(sla(reassignment(null, "Team", null, null, null,
                Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.algorithm",
                "The reassignment of the configuration's acknowledgement SLA has no algorithm; choose SINGLE, BLAST"
                        + " or ROUND_ROBIN."));
    }

    @Test
    void shouldRefuseAReassignmentWithoutCandidateQuery() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, " ", null, null, null,
                Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.candidateQuery",
                "The reassignment of the configuration's acknowledgement SLA names no candidate query; name one of"
                        + " the candidate queries, which finds and orders the candidates."));
        assertThat(validation.warnings()).containsExactly(new Problem("candidateQueries[0]",
                "Candidate query 'Team' is not used by any reassignment; name it in one, or remove it."));
    }

    @Test
    void shouldRefuseAReassignmentNamingAnUnknownCandidateQuery() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, "Tema", null, null,
                null, Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.candidateQuery",
                "The reassignment of the configuration's acknowledgement SLA names candidate query 'Tema', which"
                        + " does not exist; add it to the candidate queries or name another."));
    }

    @Test
    void shouldWarnOfABlastSizeTheAlgorithmIgnores() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, "Team", 3, null, null,
                Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("acknowledgement.reassignment.blastSize",
                "The reassignment of the configuration's acknowledgement SLA has a blast size, which SINGLE ignores;"
                        + " remove it or make the algorithm BLAST."));
    }

    @Test
    void shouldRefuseABlastToFewerThanTwoCandidates() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.BLAST, "Team", 1, null, null,
                Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.blastSize",
                "The reassignment of the configuration's acknowledgement SLA blasts the lead to 1 candidates; a"
                        + " blast offers it to at least 2 (for one, use SINGLE)."));
    }

    @Test
    void shouldWarnOfAMaximumOfAttemptsTheAlgorithmIgnores() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.BLAST, "Team", null, 2, null,
                Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("acknowledgement.reassignment.maxAttempts",
                "The reassignment of the configuration's acknowledgement SLA has a maximum of attempts, which BLAST"
                        + " ignores (it makes one); remove it or make the algorithm ROUND_ROBIN."));
    }

    @Test
    void shouldRefuseARoundRobinWithoutAttempts() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.ROUND_ROBIN, "Team", null, 0,
                null, Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.maxAttempts",
                "The reassignment of the configuration's acknowledgement SLA allows 0 attempts; allow at least 1."));
    }

    @Test
    void shouldRefuseAReassignmentDeadlineThatIsNotPositive() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, "Team", null, null,
                Duration.ofMinutes(-5), Target.queue(REVIEW_QUEUE))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.within",
                "The reassignment of the configuration's acknowledgement SLA must give candidates some time; set a"
                        + " positive duration, e.g. PT15M."));
    }

    @Test
    void shouldRefuseAReassignmentWithoutFinalTarget() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, "Team", null, null,
                null, null)));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.finalTarget",
                "The reassignment of the configuration's acknowledgement SLA has no final target; say who gets the"
                        + " lead when nobody acknowledges it: a USER (a default assignee), a QUEUE or the HOPPER."));
    }

    @Test
    void shouldRefuseAFinalTargetThatIsNotAUserAQueueOrTheHopper() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, "Team", null, null,
                null, Target.distributionRule(EMEA_SDRS))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.finalTarget.type",
                "The reassignment of the configuration's acknowledgement SLA has the final target DISTRIBUTION_RULE;"
                        + " the final target is a USER (a default assignee), a QUEUE or the HOPPER."));
    }

    @Test
    void shouldRefuseAFinalTargetUserWhoIsNotInTheDirectory() {
        Validation validation = validateGlobal(sla(reassignment(ReassignmentAlgorithm.SINGLE, "Team", null, null,
                null, Target.user("005-nobody"))));

        assertThat(validation.errors()).containsExactly(new Problem("acknowledgement.reassignment.finalTarget.id",
                "The final target of the reassignment of the configuration's acknowledgement SLA names user"
                        + " '005-nobody', an unknown user; add them to the users or name another user."));
    }

    // Candidate queries

    @Test
    void shouldRefuseAnEmptyCandidateQueryEntry() {
        Validation validation = validateQueries(TEAM, null);

        assertThat(validation.errors()).containsExactly(new Problem("candidateQueries[1]",
                "This candidate query entry is empty; remove it or fill it in."));
    }

    @Test
    void shouldRefuseACandidateQueryNameUsedTwice() {
        Validation validation = validateQueries(TEAM, TEAM);

        assertThat(validation.errors()).containsExactly(new Problem("candidateQueries[1].name",
                "Candidate query name 'Team' is used twice (first at candidateQueries[0]); rename one of them."));
    }

    @Test
    void shouldRefuseACandidateQueryWithoutName() {
        Validation validation = validateQueries(TEAM, new CandidateQuery(null, List.of(), null, List.of(), null));

        assertThat(validation.errors()).containsExactly(new Problem("candidateQueries[1].name",
                "A candidate query has no name; name it so reassignments can refer to it."));
    }

    @Test
    void shouldWarnOfACandidateQueryNoReassignmentUses() {
        Validation validation = validateQueries(TEAM, new CandidateQuery("Spare", List.of(), null, List.of(), null));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("candidateQueries[1]",
                "Candidate query 'Spare' is not used by any reassignment; name it in one, or remove it."));
    }

    @Test
    void shouldRefuseACandidateQueryNamingAnUnknownUser() {
        Validation validation = validateQueries(new CandidateQuery("Team", List.of(ALICE, "005-nobody"), null,
                List.of(), null));

        assertThat(validation.errors()).containsExactly(new Problem("candidateQueries[0].users[1]",
                "Candidate query 'Team' names user '005-nobody', an unknown user; add them to the users or remove"
                        + " them from the query."));
    }

    @Test
    void shouldRefuseAFilterOnAFieldUsersDoNotHave() {
        Validation validation = validateQueries(teamFiltered(Condition.of("country", Operator.IN, "DE"),
                Condition.of("custom.", Operator.IN, "x")));

        assertThat(validation.errors()).containsExactly(
                new Problem("candidateQueries[0].filter.conditions[0].field", "Candidate query 'Team' tests"
                        + " 'country', which users do not have; test id, name, rating, tier, tags or"
                        + " custom.<attribute>."),
                new Problem("candidateQueries[0].filter.conditions[1].field", "Candidate query 'Team' tests"
                        + " 'custom.', which users do not have; test id, name, rating, tier, tags or"
                        + " custom.<attribute>."));
    }

    @Test
    void shouldRefuseAnEmptyFilterConditionAndOneWithoutOperator() {
        Validation validation = validateQueries(new CandidateQuery("Team", List.of(),
                new Criteria(Match.ALL, Arrays.asList(null, new Condition("tier", null, List.of("Gold"))),
                        List.of()), List.of(), null));

        assertThat(validation.errors()).containsExactly(
                new Problem("candidateQueries[0].filter.conditions[0]",
                        "Candidate query 'Team' has an empty condition; remove it or fill it in."),
                new Problem("candidateQueries[0].filter.conditions[1].operator", "Candidate query 'Team' has a"
                        + " condition without an operator; use IN, NOT_IN, BETWEEN, AT_LEAST, AT_MOST, MATCHES,"
                        + " CONTAINS_ALL, PRESENT or ABSENT."));
    }

    @Test
    void shouldRefuseFilterConditionsWithoutTheValuesTheirOperatorNeeds() {
        Validation validation = validateQueries(teamFiltered(Condition.of("rating", Operator.BETWEEN, "3"),
                Condition.of("rating", Operator.AT_LEAST, "high"), Condition.of("tier", Operator.IN),
                Condition.of("tags", Operator.CONTAINS_ALL, "vip", " ")));

        assertThat(validation.errors()).containsExactly(
                new Problem("candidateQueries[0].filter.conditions[0].values", "Candidate query 'Team''s condition"
                        + " on rating (BETWEEN) needs two numbers, the lowest and the highest allowed."),
                new Problem("candidateQueries[0].filter.conditions[1].values", "Candidate query 'Team''s condition"
                        + " on rating (AT_LEAST) needs one number."),
                new Problem("candidateQueries[0].filter.conditions[2].values", "Candidate query 'Team''s condition"
                        + " on tier (IN) needs at least one value, and no blank ones."),
                new Problem("candidateQueries[0].filter.conditions[3].values", "Candidate query 'Team''s condition"
                        + " on tags (CONTAINS_ALL) needs at least one value, and no blank ones."));
    }

    @Test
    void shouldWarnOfValuesAPresenceTestIgnores() {
        Validation validation = validateQueries(teamFiltered(Condition.of("custom.language", Operator.PRESENT, "de")));

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("candidateQueries[0].filter.conditions[0].values",
                "Candidate query 'Team''s condition on custom.language (PRESENT) ignores its values; remove them."));
    }

    @Test
    void shouldCheckTheConditionsOfNestedFilterGroups() {
        Criteria nested = new Criteria(Match.ALL, List.of(),
                List.of(Criteria.any(Condition.of("region", Operator.IN, "EMEA"))));

        Validation validation = validateQueries(new CandidateQuery("Team", List.of(), nested, List.of(), null));

        assertThat(validation.errors()).extracting(Problem::path)
                .containsExactly("candidateQueries[0].filter.groups[0].conditions[0].field");
    }

    @Test
    void shouldRefuseASortByAFieldThatCannotBeSortedBy() {
        Validation validation = validateQueries(new CandidateQuery("Team", List.of(), null, Arrays.asList(
                new CandidateSort("tier", null), null, new CandidateSort("custom.quota", null)), null));

        assertThat(validation.errors()).containsExactly(
                new Problem("candidateQueries[0].sort[0].field", "Candidate query 'Team' sorts by 'tier'; sort by"
                        + " rating, name, openLeads or custom.<attribute>."),
                new Problem("candidateQueries[0].sort[1].field", "Candidate query 'Team' sorts by 'null'; sort by"
                        + " rating, name, openLeads or custom.<attribute>."));
    }

    @Test
    void shouldRefuseAMaximumOfOpenLeadsBelowOne() {
        Validation validation = validateQueries(new CandidateQuery("Team", List.of(), null, List.of(), 0));

        assertThat(validation.errors()).containsExactly(new Problem("candidateQueries[0].maxOpenLeads",
                "Candidate query 'Team' allows fewer than 0 open leads, which nobody has; allow at least 1, or leave"
                        + " it out for no limit."));
    }
}
