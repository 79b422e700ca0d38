package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.Lead;
import io.leadflow.assignment.domain.LeadAttributes;
import io.leadflow.assignment.domain.Owner;
import io.leadflow.assignment.domain.OwnerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Object mother for routing tests: a sales team, its leads and configurations around them. */
final class RoutingFixtures {

    /** A Monday, 10:00 in Paris. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T09:00:00Z");

    static final RoutingUser ANNA = RoutingUser.available("005-anna", "Anna Adams");
    static final RoutingUser BEN = RoutingUser.available("005-ben", "Ben Brooks");
    static final RoutingUser CARA = RoutingUser.available("005-cara", "Cara Cole");
    static final RoutingUser DAN = RoutingUser.available("005-dan", "Dan Diaz");
    static final RoutingQueue NURTURE = new RoutingQueue("00G-nurture", "Nurture Queue");
    static final Region EMEA = new Region("EMEA", List.of("DE", "FR", "GB"));

    private RoutingFixtures() {
    }

    static Lead lead(String country, Integer companySize, String company, String... tags) {
        return new Lead(new Owner("00G-inbound", OwnerKind.QUEUE, "Inbound Leads Queue"), 80, "Open",
                new LeadAttributes("Dana", "Reyes", "dana@acme.example", "VP Sales", company, companySize,
                        country, null, "Software", Arrays.asList(tags), Map.of()));
    }

    static RoutingSubject subject(String key, Lead lead) {
        return new RoutingSubject(key, "00Q-" + key, "701-webinar", lead);
    }

    static RoutingSubject anyLead(String key) {
        return subject(key, lead("US", 250, "Acme Corp"));
    }

    static DistributionRule rule(String name, DistributionMethod method, Member... members) {
        return new DistributionRule(name, method, List.of(members), null, null);
    }

    static RoutingConfiguration configuration(Target activationTarget, List<AssignmentRule> assignmentRules,
            Target catchAll, List<DistributionRule> distributionRules, RoutingUser... users) {
        return new RoutingConfiguration(activationTarget, assignmentRules, catchAll, distributionRules,
                new ArrayList<>(List.of(users)), List.of(NURTURE), List.of(EMEA));
    }

    static RoutingConfiguration pool(DistributionRule rule, RoutingUser... users) {
        return configuration(Target.distributionRule(rule.name()), List.of(), null, List.of(rule), users);
    }

    static ConfigurationVersion version(long number, RoutingConfiguration configuration) {
        return new ConfigurationVersion(number, "ops@example.com", MONDAY_MORNING, null, configuration);
    }
}
