package io.leadflow.assignment.config;

import io.leadflow.assignment.domain.AssignmentEvents;
import io.leadflow.assignment.domain.AssignmentWorkflow;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.LeadRouter;
import io.leadflow.assignment.domain.RoutingPolicy;
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
    LeadRouter leadRouter(RoutingPolicy policy) {
        return new LeadRouter(policy);
    }

    @Bean
    AssignmentWorkflow assignmentWorkflow(LeadRouter router, RoutingPolicy policy, Assignments assignments,
            LeadOwners leadOwners, AssignmentEvents events, Clock clock) {
        return new AssignmentWorkflow(router, policy, assignments, leadOwners, events, clock);
    }
}
