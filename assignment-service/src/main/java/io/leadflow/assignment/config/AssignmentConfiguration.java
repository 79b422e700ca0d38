package io.leadflow.assignment.config;

import io.leadflow.assignment.domain.AssignmentEvents;
import io.leadflow.assignment.domain.AssignmentWorkflow;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.LeadRouter;
import io.leadflow.assignment.domain.RoutingPolicy;
import io.leadflow.assignment.domain.routing.DistributionStates;
import io.leadflow.assignment.domain.routing.Distributor;
import io.leadflow.assignment.domain.routing.LeadLoads;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import io.leadflow.assignment.domain.routing.RoutingSetup;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the framework-free domain to its adapters and to the configured policy. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AssignmentConfiguration {

    @Bean
    RoutingPolicy routingPolicy(AssignmentProperties properties) {
        return properties.toRoutingPolicy();
    }

    @Bean
    Distributor distributor(DistributionStates states, LeadLoads loads) {
        return new Distributor(states, loads);
    }

    @Bean
    RoutingSetup routingSetup(RoutingConfigurations configurations, Clock clock) {
        return new RoutingSetup(configurations, clock);
    }

    @Bean
    LeadRouter leadRouter(RoutingPolicy policy, Distributor distributor) {
        return new LeadRouter(policy, distributor);
    }

    @Bean
    AssignmentWorkflow assignmentWorkflow(LeadRouter router, RoutingPolicy policy,
            RoutingConfigurations configurations, Assignments assignments, LeadOwners leadOwners, LeadLoads loads,
            AssignmentEvents events, Clock clock) {
        return new AssignmentWorkflow(router, policy, configurations, assignments, leadOwners, loads, events, clock);
    }
}
