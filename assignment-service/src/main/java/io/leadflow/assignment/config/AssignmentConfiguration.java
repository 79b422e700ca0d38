package io.leadflow.assignment.config;

import io.leadflow.access.AccessPolicy;
import io.leadflow.access.Directory;
import io.leadflow.assignment.domain.group.GroupAdministration;
import io.leadflow.assignment.domain.group.GroupDistribution;
import io.leadflow.assignment.domain.group.LeadLocks;
import io.leadflow.assignment.domain.group.PrimaryAgentLocks;
import io.leadflow.assignment.domain.group.ReassignmentGroups;
import io.leadflow.assignment.domain.offer.OfferLinks;
import io.leadflow.assignment.domain.offer.OfferMetrics;
import io.leadflow.assignment.domain.reassignment.LeadsNow;
import io.leadflow.assignment.domain.reassignment.ManualReassignment;
import io.leadflow.assignment.domain.offer.Offers;
import io.leadflow.assignment.domain.offer.Reassigner;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.leadflow.assignment.domain.AssignmentEvents;
import io.leadflow.assignment.domain.Assignments;
import io.leadflow.assignment.domain.LeadOwners;
import io.leadflow.assignment.domain.LeadRouter;
import io.leadflow.assignment.domain.RoutingPolicy;
import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.hopper.Hopper;
import io.leadflow.assignment.domain.load.LoadProjection;
import io.leadflow.assignment.domain.outbox.OutboxSweeper;
import io.leadflow.assignment.domain.outbox.OutcomePublisher;
import io.leadflow.assignment.domain.routing.ActivationRouting;
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

    private static final Logger LOG = LoggerFactory.getLogger(AssignmentConfiguration.class);

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
    LoadProjection loadProjection(RoutingPolicy policy, LeadLoads loads) {
        return new LoadProjection(policy, loads);
    }

    @Bean
    OutcomePublisher outcomePublisher(Assignments assignments, LoadProjection loads, AssignmentEvents events) {
        return new OutcomePublisher(assignments, loads, events);
    }

    @Bean
    EngineWait engineWait(RoutingPolicy policy, Assignments assignments, LeadOwners leadOwners,
            OutcomePublisher publisher, Clock clock) {
        return new EngineWait(policy, assignments, leadOwners, publisher, clock);
    }

    @Bean
    ActivationRouting activationRouting(LeadRouter router, RoutingConfigurations configurations,
            Assignments assignments, EngineWait engineWait, PrimaryAgentLocks locks, Clock clock) {
        return new ActivationRouting(router, configurations, assignments, engineWait, locks, clock);
    }

    @Bean
    Hopper hopper(Assignments assignments, PrimaryAgentLocks locks, OutcomePublisher publisher, Clock clock) {
        return new Hopper(assignments, locks, publisher, clock);
    }

    @Bean
    Reassigner reassigner(LeadLoads loads) {
        return new Reassigner(loads);
    }

    @Bean
    Offers offers(Assignments assignments, Reassigner reassigner, RoutingConfigurations configurations,
            OutcomePublisher publisher, Clock clock) {
        return new Offers(assignments, reassigner, configurations, publisher, clock);
    }

    @Bean
    OfferMetrics offerMetrics(Assignments assignments) {
        return new OfferMetrics(assignments);
    }

    @Bean
    LeadsNow leadsNow(Assignments assignments, LeadOwners leadOwners) {
        return new LeadsNow(assignments, leadOwners);
    }

    @Bean
    PrimaryAgentLocks primaryAgentLocks(LeadLocks locks, Assignments assignments, Clock clock) {
        return new PrimaryAgentLocks(locks, assignments, clock);
    }

    @Bean
    ManualReassignment manualReassignment(Assignments assignments, LeadsNow leads, PrimaryAgentLocks locks,
            Distributor distributor, LeadRouter router, LeadLoads loads, RoutingConfigurations configurations,
            OutcomePublisher publisher, Clock clock) {
        return new ManualReassignment(assignments, leads, locks, distributor, router, loads, configurations,
                publisher, clock);
    }

    @Bean
    GroupAdministration groupAdministration(ReassignmentGroups groups, RoutingConfigurations configurations,
            Directory directory, AccessPolicy access, Clock clock) {
        return new GroupAdministration(groups, configurations, directory, access, clock);
    }

    @Bean
    GroupDistribution groupDistribution(ReassignmentGroups groups, PrimaryAgentLocks locks, Assignments assignments,
            LeadsNow leads, Distributor distributor, RoutingConfigurations configurations, AccessPolicy access,
            OutcomePublisher publisher, Clock clock) {
        return new GroupDistribution(groups, locks, assignments, leads, distributor, configurations, access,
                publisher, clock);
    }

    /** A blank secret gets a random one, loudly: links then work only until this process stops. */
    @Bean
    OfferLinks offerLinks(AssignmentProperties properties) {
        AssignmentProperties.AcknowledgementLinks links = properties.acknowledgementLinks();
        String secret = links.secret();
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[OfferLinks.MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            LOG.warn("leadflow.assignment.acknowledgement-links.secret is not set: acknowledgement links are signed "
                    + "with a random key that only this process knows, so they stop working when it restarts and "
                    + "other instances refuse them. Set the same secret (32 bytes or more) on every instance.");
        }
        return new OfferLinks(secret, links.baseUrl());
    }

    @Bean
    OutboxSweeper outboxSweeper(LeadRouter router, RoutingConfigurations configurations, Assignments assignments,
            EngineWait engineWait, Clock clock) {
        return new OutboxSweeper(router, configurations, assignments, engineWait, clock);
    }
}
