package io.leadflow.reactivation.domain.scenario;

import static io.leadflow.reactivation.domain.scenario.ScenarioConfigurationMother.CONTACT_US;
import static io.leadflow.reactivation.domain.scenario.ScenarioConfigurationMother.SCORE_DEFAULT;
import static io.leadflow.reactivation.domain.scenario.ScenarioConfigurationMother.aScenarioConfiguration;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.aResponsePromptScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.aScoreScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.anActiveStatusScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.anInvocableScenario;
import static io.leadflow.reactivation.domain.scenario.ScenarioMother.orderedMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.criteria.Condition;
import io.leadflow.criteria.Criteria;
import io.leadflow.criteria.Operator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {

    private static final String PLACEHOLDERS =
            "{scenario}, {trigger}, {action}, {decidedAt}, {responseId}, {campaignId}";

    @Test
    void shouldAcceptTheRealisticConfigurationWithoutErrorsOrWarnings() {
        Validation validation = ScenarioValidator.validate(aScenarioConfiguration().build());

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
        assertThat(validation.isValid()).isTrue();
    }

    @Test
    void shouldAcceptTheEmptyConfiguration() {
        Validation validation = ScenarioValidator.validate(ScenarioConfiguration.EMPTY);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldRefuseAMissingConfiguration() {
        Validation validation = ScenarioValidator.validate(null);

        assertThat(validation.errors()).containsExactly(new Problem("", "The scenario configuration is missing;"
                + " send its campaigns and scenarios (an empty list of scenarios turns reactivation off)."));
        assertThat(validation.isValid()).isFalse();
    }

    // Names and triggers

    @Test
    void shouldRefuseAScenarioWithoutName() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(3, anInvocableScenario().withName(" ")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[3].name", "A scenario has no name;"
                + " name it: decisions and invocations name a scenario by its name."));
    }

    @Test
    void shouldRefuseTwoScenariosWithTheSameName() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(3, anInvocableScenario().withName("Late score")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[3].name", "Scenario name"
                + " 'Late score' is used twice (first at scenarios[0]); rename one of them: decisions and"
                + " invocations name a scenario by its name."));
    }

    @Test
    void shouldRefuseAScenarioWithoutTrigger() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(3, anInvocableScenario().withTrigger(null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[3].trigger", "Scenario"
                + " 'Sales asked' has no trigger; choose SCORE, ACTIVE_STATUS, RESPONSE_PROMPT or INVOCABLE."));
    }

    @Test
    void shouldRefuseAConditionOfAnotherTrigger() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withStatus(List.of("Nurture"), List.of("Working")))
                .withScenario(3, anInvocableScenario().withScore(new ScoreCondition(10, null))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(
                new Problem("scenarios[0].status", "Scenario 'Late score' has trigger SCORE but a status"
                        + " condition, which only ACTIVE_STATUS scenarios have; remove it or change the trigger."),
                new Problem("scenarios[3].score", "Scenario 'Sales asked' has trigger INVOCABLE but a score"
                        + " condition, which only SCORE scenarios have; remove it or change the trigger."));
    }

    @Test
    void shouldAcceptAnInvocableScenarioWithoutCondition() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenarios(anInvocableScenario())
                .withCampaigns(new Campaign(ScenarioConfigurationMother.SALES_REQUEST, "Sales Request")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    // SCORE

    @Test
    void shouldRefuseAScoreScenarioWithoutScoreCondition() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withScore(null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].score", "Scenario 'Late score'"
                + " has trigger SCORE but no score condition; set score.threshold (the score to cross),"
                + " score.minIncrease (the points to gain) or both."));
    }

    @Test
    void shouldRefuseAScoreConditionWithNeitherThresholdNorMinIncrease() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withScore(new ScoreCondition(null, null))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].score", "The score condition"
                + " of scenario 'Late score' sets neither threshold nor minIncrease; set at least one of them."));
    }

    @Test
    void shouldRefuseANegativeThreshold() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withScore(new ScoreCondition(-1, null))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].score.threshold", "The score"
                + " condition of scenario 'Late score' has threshold -1; a threshold must be 0 or more."));
    }

    @Test
    void shouldRefuseAMinIncreaseBelowOne() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withScore(new ScoreCondition(50, 0))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].score.minIncrease", "The score"
                + " condition of scenario 'Late score' has minIncrease 0; a minimum increase must be at least 1."));
    }

    @Test
    void shouldAcceptAScoreConditionWithOnlyAMinIncreaseOrAThresholdOfZero() {
        ScenarioConfiguration onlyIncrease = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withScore(new ScoreCondition(null, 1))).build();
        ScenarioConfiguration zeroThreshold = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withScore(new ScoreCondition(0, null))).build();

        assertThat(ScenarioValidator.validate(onlyIncrease).errors()).isEmpty();
        assertThat(ScenarioValidator.validate(zeroThreshold).errors()).isEmpty();
    }

    // ACTIVE_STATUS

    @Test
    void shouldRefuseAnActiveStatusScenarioWithoutStatusCondition() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(1, anActiveStatusScenario().withStatus(null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[1].status", "Scenario 'Back to"
                + " working' has trigger ACTIVE_STATUS but no status condition; set status.inactive and"
                + " status.active, the statuses a lead moves from and to."));
    }

    @Test
    void shouldRefuseAStatusConditionWithoutInactiveOrActiveStatuses() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(1, anActiveStatusScenario().withStatus(List.of(), null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(
                new Problem("scenarios[1].status.inactive", "The status condition of scenario 'Back to working'"
                        + " lists no inactive status; list the statuses a lead moves from, e.g. Nurture."),
                new Problem("scenarios[1].status.active", "The status condition of scenario 'Back to working'"
                        + " lists no active status; list the statuses a lead moves to, e.g. Working."));
    }

    @Test
    void shouldRefuseAStatusListedAsBothInactiveAndActiveIgnoringCase() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(1, anActiveStatusScenario()
                .withStatus(List.of("Nurture", "Recycled"), List.of("Working", "recycled "))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[1].status.active[1]", "The status"
                + " condition of scenario 'Back to working' lists 'recycled ' as both inactive and active (ignoring"
                + " case); a status cannot be both: remove it from one of the lists."));
    }

    @Test
    void shouldRefuseABlankStatus() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(1, anActiveStatusScenario()
                .withStatus(List.of("Nurture", ""), List.of("Working"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[1].status.inactive[1]", "The"
                + " status condition of scenario 'Back to working' has a blank status; name a status or remove the"
                + " entry."));
    }

    // RESPONSE_PROMPT

    @Test
    void shouldRefuseAResponsePromptScenarioWithoutCondition() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(2, aResponsePromptScenario().withResponsePrompt(null))
                .addingScenario(aResponsePromptScenario().withName("Demo").withResponsePrompt(
                        new PromptCondition(List.of()))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(
                new Problem("scenarios[2].responsePrompt", "Scenario 'Contact us' has trigger RESPONSE_PROMPT but"
                        + " no response-prompt condition; list the prompt campaigns in responsePrompt.campaignIds."),
                new Problem("scenarios[4].responsePrompt.campaignIds", "Scenario 'Demo' lists no response-prompt"
                        + " campaign; list the campaigns whose responses revive a recent response."));
    }

    @Test
    void shouldRefuseAResponsePromptCampaignThatIsNotDeclared() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(2, aResponsePromptScenario().withPromptCampaigns(CONTACT_US, "701-webinar")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[2].responsePrompt.campaignIds[1]",
                "Scenario 'Contact us' names response-prompt campaign '701-webinar', an unknown campaign; add it to"
                        + " the campaigns or name another campaign."));
    }

    // Wait and look-back

    @Test
    void shouldRefuseANegativeWaitPeriod() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withWaitPeriod(Duration.ofMinutes(-5))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].waitPeriod", "Scenario 'Late"
                + " score' has a negative wait period (PT-5M); set how long to wait after the event, PT0S or more"
                + " (or leave it out to decide at once)."));
    }

    @Test
    void shouldRefuseAMissingLookBack() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(3, anInvocableScenario().withLookBack(null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[3].lookBack", "Scenario 'Sales"
                + " asked' has no look-back; set how far back a response may lie to be reactivated, e.g. P30D."));
    }

    @Test
    void shouldRefuseALookBackThatIsNotPositive() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(3, anInvocableScenario().withLookBack(Duration.ZERO)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[3].lookBack", "Scenario 'Sales"
                + " asked' has look-back PT0S; a look-back must be longer than zero, e.g. P30D."));
    }

    @Test
    void shouldRefuseALookBackShorterThanTheWait() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withWaitPeriod(Duration.ofDays(2)).withLookBack(Duration.ofDays(1)).withEligibility(null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].lookBack", "Scenario 'Late"
                + " score' has a look-back (P1D) shorter than its wait period (P2D): when it decides, the responses"
                + " that led up to the event are already out of reach; make the look-back at least as long as the"
                + " wait period."));
    }

    @Test
    void shouldAcceptALookBackAsLongAsTheWait() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withWaitPeriod(Duration.ofHours(1)).withLookBack(Duration.ofHours(1)).withEligibility(null))
                .build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    // Eligibility

    @Test
    void shouldRefuseAnEligibilityWithinThatIsNotPositive() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withEligibility(new Eligibility(null, true, List.of(), Duration.ofDays(-1)))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].eligibility.within", "The"
                + " eligibility of scenario 'Late score' has within PT-24H; it must be longer than zero (or left"
                + " out, so that a response's age is no criterion)."));
    }

    @Test
    void shouldWarnAboutAnEligibilityWithinLongerThanTheLookBack() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withEligibility(new Eligibility(null, true, List.of(), Duration.ofDays(60)))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("scenarios[0].eligibility.within", "The"
                + " eligibility of scenario 'Late score' accepts responses up to P60D old, longer than its look-back"
                + " of P30D, which limits them anyway; shorten within to at most the look-back, or leave it out."));
    }

    @Test
    void shouldRefuseAnUnknownResponseStatusNamingTheValidOnes() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withEligibility(new Eligibility(null, null, List.of("Closed", "Active"), null))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].eligibility.responseStatuses[1]",
                "The eligibility of scenario 'Late score' names response status 'Active', which is not a status a"
                        + " response can be reactivated from; use Resolved - No Action Required, Resolved - Active"
                        + " Response Exists or Closed."));
    }

    // Campaigns

    @Test
    void shouldRefuseADefaultCampaignThatIsNotDeclared() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(1, anActiveStatusScenario().withDefaultCampaignId("701-nowhere")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[1].defaultCampaignId", "Scenario"
                + " 'Back to working' names default campaign '701-nowhere', an unknown campaign; add it to the"
                + " campaigns or name another campaign."));
    }

    @Test
    void shouldRefuseACampaignWithoutId() {
        ScenarioConfiguration configuration = aScenarioConfiguration().addingCampaign(new Campaign(null, "Webinar"))
                .build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("campaigns[3].id",
                "A campaign has no id; give the CRM id of the campaign."));
    }

    @Test
    void shouldRefuseTwoCampaignsWithTheSameId() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingCampaign(new Campaign(SCORE_DEFAULT, "Score Reactivation (copy)")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("campaigns[3].id", "Campaign id"
                + " '701-score-default' is listed twice (first at campaigns[0]); remove one of them."));
    }

    @Test
    void shouldWarnAboutACampaignNobodyUses() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingCampaign(new Campaign("701-webinar", "Webinar")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("campaigns[3]", "Campaign '701-webinar' is"
                + " not used: no scenario names it as its default campaign or as a response-prompt campaign; use it"
                + " in a scenario or remove it."));
    }

    // Sync

    @Test
    void shouldRefuseASyncFieldWithoutName() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withSync(orderedMap(" ", "{scenario}"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].sync.fields[' ']",
                "Scenario 'Late score' syncs a field without a name; name the CRM field."));
    }

    @Test
    void shouldRefuseASyncFieldWithoutValue() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withSync(orderedMap("Reactivated__c", null))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].sync.fields['Reactivated__c']",
                "Scenario 'Late score' syncs field 'Reactivated__c' without a value; give the value to write, which"
                        + " may name " + PLACEHOLDERS + "."));
    }

    @Test
    void shouldRefuseAnUnknownPlaceholderInASyncValueNamingIt() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withSync(orderedMap("Reactivation_Note__c", "{scenario} for {leadName}"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "scenarios[0].sync.fields['Reactivation_Note__c']", "Scenario 'Late score' syncs field"
                        + " 'Reactivation_Note__c' with placeholder {leadName}, which it cannot fill; use "
                        + PLACEHOLDERS + "."));
    }

    @Test
    void shouldAcceptEveryKnownPlaceholderInASyncValue() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withSync(orderedMap("Reactivation_Note__c", PLACEHOLDERS + " and a literal {"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    // What a scenario does

    @Test
    void shouldAcceptAScenarioThatCanDoNothingButReactivateAResponse() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenarios(aScoreScenario().withActivateNonResponses(null).withDefaultCampaignId(null))
                .withCampaigns().build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldWarnAboutADisabledScenario() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(1, anActiveStatusScenario().disabled()).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).containsExactly(new Problem("scenarios[1].enabled", "Scenario 'Back to"
                + " working' is disabled, so it never reactivates anything; enable it or remove it."));
    }

    // Overlaps

    @Test
    void shouldRefuseTwoEnabledScoreScenariosNamingBoth() {
        ScenarioConfiguration configuration = aScenarioConfiguration().addingScenario(aScoreScenario()
                .withName("Big jump").withScore(new ScoreCondition(null, 30))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[4].score", "Scenarios 'Late score'"
                + " (scenarios[0]) and 'Big jump' (scenarios[4]) would both fire on one score change: a change from a"
                + " low enough score to a high enough one meets both conditions, and neither has lead criteria to"
                + " tell their leads apart; give them lead criteria no lead matches both of (e.g. country IN [US] and"
                + " country IN [DE]), or keep one of them enabled."));
    }

    @Test
    void shouldAcceptTwoScoreScenariosWhoseLeadCriteriaNoLeadMatchesBoth() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withName("Late score US").withLeadCriteria(country("US", "CA")))
                .addingScenario(aScoreScenario().withName("Late score DE").withScore(new ScoreCondition(60, 10))
                        .withLeadCriteria(country("de"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldRefuseTwoScoreScenariosWhoseLeadCriteriaOneLeadMatchesNamingBothAndTheLead() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withLeadCriteria(country("US", "CA")))
                .addingScenario(aScoreScenario().withName("Enterprise late score").withLeadCriteria(Criteria.any(
                        Condition.of("companySize", Operator.AT_LEAST, "1000"),
                        Condition.of("tags", Operator.IN, "strategic")))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[4].score", "Scenarios 'Late score'"
                + " (scenarios[0]) and 'Enterprise late score' (scenarios[4]) would both fire on one score change: a"
                + " change from a low enough score to a high enough one meets both conditions, and a lead with"
                + " country in [US, CA] and companySize at least 1000 matches both lead criteria; narrow their lead"
                + " criteria so that no lead matches both, or keep one of them enabled."));
    }

    @Test
    void shouldRefuseAScoreScenarioWithLeadCriteriaAndOneForEveryLead() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingScenario(aScoreScenario().withName("Late score US").withLeadCriteria(country("US"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).extracting(Problem::message).containsExactly("Scenarios 'Late score'"
                + " (scenarios[0]) and 'Late score US' (scenarios[4]) would both fire on one score change: a change"
                + " from a low enough score to a high enough one meets both conditions, and a lead with country in"
                + " [US] matches both lead criteria; narrow their lead criteria so that no lead matches both, or keep"
                + " one of them enabled.");
    }

    @Test
    void shouldAcceptScoreTiersWhoseScoresAfterTheChangeExcludeEachOther() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withName("Warm").withLeadCriteria(
                        Criteria.all(Condition.of("score", Operator.AT_MOST, "79"))))
                .addingScenario(aScoreScenario().withName("Hot").withScore(new ScoreCondition(80, null))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldAcceptTwoActiveStatusScenariosSharingStatusesForLeadsThatCannotBeTheSame() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(1, anActiveStatusScenario().withLeadCriteria(country("US")))
                .addingScenario(anActiveStatusScenario().withName("Back to working DE")
                        .withLeadCriteria(country("DE"))).build();

        assertThat(ScenarioValidator.validate(configuration).errors()).isEmpty();
    }

    @Test
    void shouldRefuseTwoActiveStatusScenariosWhoseLeadCriteriaOneLeadMatches() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingScenario(anActiveStatusScenario().withName("Working again").withLeadCriteria(
                        Criteria.all(Condition.of("status", Operator.IN, "working")))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[4].status", "Scenarios 'Back to"
                + " working' (scenarios[1]) and 'Working again' (scenarios[4]) would both fire on one status change:"
                + " a change from 'Nurture' to 'Working' meets both conditions, and a lead with status in [working]"
                + " matches both lead criteria; list each inactive or each active status in only one of them, narrow"
                + " their lead criteria so that no lead matches both, or keep one of them enabled."));
    }

    @Test
    void shouldAcceptTwoResponsePromptScenariosSharingACampaignForLeadsThatCannotBeTheSame() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingCampaign(new Campaign("701-demo", "Demo request (prompt)"))
                .withScenario(2, aResponsePromptScenario().withLeadCriteria(Criteria.all(
                        Condition.of("companySize", Operator.AT_LEAST, "1000"))))
                .addingScenario(aResponsePromptScenario().withName("Small contact")
                        .withPromptCampaigns("701-demo", CONTACT_US).withLeadCriteria(Criteria.any(
                                Condition.of("companySize", Operator.AT_MOST, "999"),
                                Condition.of("campaignId", Operator.IN, "701-demo")))).build();

        assertThat(ScenarioValidator.validate(configuration).errors()).isEmpty();
    }

    // Lead criteria

    @Test
    void shouldRefuseAMalformedLeadConditionAtItsJsonPath() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withLeadCriteria(Criteria.all(Condition.of("country", Operator.IN, "US"),
                        Condition.of("companySize", Operator.BETWEEN, "100")))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].leadCriteria.conditions[1].values",
                "Scenario 'Late score' tests companySize BETWEEN with one value; give exactly two, the minimum and the"
                        + " maximum."));
    }

    @Test
    void shouldRefuseAnUnknownFieldInANestedGroupNamingTheFieldsAScenarioMayTest() {
        Criteria withUnknownField = country("US").with(Criteria.any(Condition.of("colour", Operator.IN, "red")));
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withLeadCriteria(withUnknownField)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem(
                "scenarios[0].leadCriteria.groups[0].conditions[0].field", "Scenario 'Late score' tests the unknown"
                        + " field 'colour'; use one of companySize, score, country, state, company, industry, tags,"
                        + " title, status, email, emailDomain or custom.<name>."));
    }

    @Test
    void shouldRefuseRegionWhichReactivationDoesNotKnow() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withLeadCriteria(Criteria.all(Condition.of("region", Operator.IN, "EMEA")))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].leadCriteria.conditions[0].field",
                "Scenario 'Late score' tests region in its lead criteria, but reactivation knows no regions (they are"
                        + " territories of the routing configuration); test country or state instead."));
    }

    @Test
    void shouldAcceptTheCampaignOnlyInTheLeadCriteriaOfAResponsePromptScenario() {
        Criteria contactUs = Criteria.all(Condition.of("campaignId", Operator.IN, CONTACT_US));
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withLeadCriteria(contactUs))
                .withScenario(2, aResponsePromptScenario().withLeadCriteria(contactUs)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].leadCriteria.conditions[0].field",
                "Scenario 'Late score' tests campaignId in its lead criteria, but only the event of a RESPONSE_PROMPT"
                        + " scenario has a campaign (the prompt's); remove the condition."));
    }

    @Test
    void shouldRefuseLeadCriteriaOnAnInvocableScenario() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(3, anInvocableScenario().withLeadCriteria(country("US"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[3].leadCriteria", "Scenario 'Sales"
                + " asked' is INVOCABLE but has lead criteria; an invocation always counts (whoever invokes the"
                + " scenario decides for which leads): remove leadCriteria or change the trigger."));
    }

    @Test
    void shouldRefuseLeadCriteriaNoLeadCanMatch() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .withScenario(0, aScoreScenario().withLeadCriteria(Criteria.all(
                        Condition.of("country", Operator.IN, "US"), Condition.of("country", Operator.IN, "DE"))))
                .withScenario(1, anActiveStatusScenario().withLeadCriteria(Criteria.all(
                        Condition.of("status", Operator.NOT_IN, "working")))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(
                new Problem("scenarios[0].leadCriteria", "Scenario 'Late score' can never fire: no lead matches its"
                        + " lead criteria, since country in [US] and country in [DE] cannot both hold; fix its lead"
                        + " criteria."),
                new Problem("scenarios[1].leadCriteria", "Scenario 'Back to working' can never fire: no lead matches"
                        + " its lead criteria after its event, since status outside [working] and status in [Working]"
                        + " cannot both hold; fix its lead criteria."));
    }

    @Test
    void shouldRefuseScoreCriteriaTheScoreAfterTheChangeNeverMeets() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(0, aScoreScenario()
                .withLeadCriteria(Criteria.all(Condition.of("score", Operator.AT_MOST, "40")))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[0].leadCriteria", "Scenario 'Late"
                + " score' can never fire: no lead matches its lead criteria after its event, since score at most 40"
                + " and score at least 50 cannot both hold; fix its lead criteria."));
    }

    @Test
    void shouldRefuseTwoActiveStatusScenariosSharingAnInactiveAndAnActiveStatus() {
        ScenarioConfiguration configuration = aScenarioConfiguration().addingScenario(anActiveStatusScenario()
                .withName("Revived").withStatus(List.of("Open", "RECYCLED"), List.of("Qualified", "working")))
                .build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[4].status", "Scenarios 'Back to"
                + " working' (scenarios[1]) and 'Revived' (scenarios[4]) would both fire on one status change: a"
                + " change from 'RECYCLED' to 'working' meets both conditions; list each inactive or each active"
                + " status in only one of them, or keep one of them enabled."));
    }

    @Test
    void shouldAcceptTwoActiveStatusScenariosSharingOnlyInactiveStatuses() {
        ScenarioConfiguration configuration = aScenarioConfiguration().addingScenario(anActiveStatusScenario()
                .withName("Qualified again").withStatus(List.of("Nurture"), List.of("Qualified"))).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldRefuseTwoResponsePromptScenariosSharingACampaign() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingCampaign(new Campaign("701-demo", "Demo request (prompt)"))
                .addingScenario(aResponsePromptScenario().withName("Demo or contact")
                        .withPromptCampaigns("701-demo", CONTACT_US)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(new Problem("scenarios[4].responsePrompt.campaignIds[1]",
                "Scenarios 'Contact us' (scenarios[2]) and 'Demo or contact' (scenarios[4]) would both fire on one"
                        + " response: a response in campaign '701-contact-us' meets both conditions; list each"
                        + " response-prompt campaign in one scenario only."));
    }

    @Test
    void shouldAcceptOverlappingScenariosWhenOneIsDisabled() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingScenario(aScoreScenario().withName("Old late score").disabled()).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).isEmpty();
        assertThat(validation.warnings()).extracting(Problem::path).containsExactly("scenarios[4].enabled");
    }

    @Test
    void shouldNeverFindInvocableScenariosOverlapping() {
        ScenarioConfiguration configuration = aScenarioConfiguration()
                .addingScenario(anInvocableScenario().withName("Marketing asked")).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation).isEqualTo(new Validation(List.of(), List.of()));
    }

    @Test
    void shouldListEveryErrorAtOnceNamingAScenarioWithoutNameByItsPath() {
        ScenarioConfiguration configuration = aScenarioConfiguration().withScenario(1, anActiveStatusScenario()
                .withName(null).withWaitPeriod(Duration.ofMinutes(-1)).withLookBack(null)).build();

        Validation validation = ScenarioValidator.validate(configuration);

        assertThat(validation.errors()).containsExactly(
                new Problem("scenarios[1].name", "A scenario has no name; name it: decisions and invocations name a"
                        + " scenario by its name."),
                new Problem("scenarios[1].waitPeriod", "The scenario at scenarios[1] has a negative wait period"
                        + " (PT-1M); set how long to wait after the event, PT0S or more (or leave it out to decide at"
                        + " once)."),
                new Problem("scenarios[1].lookBack", "The scenario at scenarios[1] has no look-back; set how far"
                        + " back a response may lie to be reactivated, e.g. P30D."));
    }

    private static Criteria country(String... countries) {
        return Criteria.all(Condition.of("country", Operator.IN, countries));
    }
}
