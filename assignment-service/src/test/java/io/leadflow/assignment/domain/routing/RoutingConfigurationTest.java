package io.leadflow.assignment.domain.routing;

import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.EMEA_SDRS;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.REVIEW_QUEUE;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.aRoutingConfiguration;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.emea;
import static io.leadflow.assignment.domain.routing.RoutingConfigurationMother.emeaSdrs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which acknowledgement SLA applies to a lead routed by an assignment rule and a distribution rule. */
class RoutingConfigurationTest {

    private static final Acknowledgement GLOBAL = sla(30);
    private static final Acknowledgement BY_ASSIGNMENT_RULE = sla(20);
    private static final Acknowledgement BY_DISTRIBUTION_RULE = sla(10);

    private static Acknowledgement sla(int minutes) {
        return new Acknowledgement(Duration.ofMinutes(minutes), new Reassignment(ReassignmentAlgorithm.SINGLE, "Team",
                null, null, null, Target.queue(REVIEW_QUEUE)));
    }

    private static RoutingConfigurationMother withSlas(Acknowledgement global, Acknowledgement byAssignmentRule,
            Acknowledgement byDistributionRule) {
        AssignmentRule rule = emea();
        DistributionRule sdrs = emeaSdrs();
        return aRoutingConfiguration().withAcknowledgement(global)
                .withAssignmentRule(1, new AssignmentRule(rule.name(), rule.criteria(), rule.target(), byAssignmentRule))
                .withDistributionRule(0, new DistributionRule(sdrs.name(), sdrs.method(), sdrs.members(), null, null,
                        null, byDistributionRule));
    }

    @Test
    void shouldApplyTheDistributionRulesSlaFirst() {
        RoutingConfiguration configuration = withSlas(GLOBAL, BY_ASSIGNMENT_RULE, BY_DISTRIBUTION_RULE).build();

        assertThat(configuration.acknowledgementFor("EMEA", EMEA_SDRS)).contains(BY_DISTRIBUTION_RULE);
    }

    @Test
    void shouldApplyTheAssignmentRulesSlaWhenTheDistributionRuleHasNone() {
        RoutingConfiguration configuration = withSlas(GLOBAL, BY_ASSIGNMENT_RULE, null).build();

        assertThat(configuration.acknowledgementFor("EMEA", EMEA_SDRS)).contains(BY_ASSIGNMENT_RULE);
        assertThat(configuration.acknowledgementFor("EMEA", null)).contains(BY_ASSIGNMENT_RULE);
    }

    @Test
    void shouldApplyTheConfigurationsSlaWhenNeitherRuleHasOne() {
        RoutingConfiguration configuration = withSlas(GLOBAL, null, null).build();

        assertThat(configuration.acknowledgementFor("EMEA", EMEA_SDRS)).contains(GLOBAL);
        assertThat(configuration.acknowledgementFor("North America", null)).contains(GLOBAL);
        assertThat(configuration.acknowledgementFor(null, null)).contains(GLOBAL);
    }

    @Test
    void shouldApplyNoSlaWhenNoLevelHasOne() {
        RoutingConfiguration configuration = withSlas(null, null, null).build();

        assertThat(configuration.acknowledgementFor("EMEA", EMEA_SDRS)).isEmpty();
        assertThat(RoutingConfiguration.DEFAULT.acknowledgementFor(null, null)).isEmpty();
    }

    @Test
    void shouldNotApplyAnotherRulesSla() {
        RoutingConfiguration configuration = withSlas(null, BY_ASSIGNMENT_RULE, BY_DISTRIBUTION_RULE).build();

        assertThat(configuration.acknowledgementFor("Enterprise", "Enterprise AEs")).isEmpty();
    }
}
