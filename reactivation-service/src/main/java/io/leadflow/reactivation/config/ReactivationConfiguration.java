package io.leadflow.reactivation.config;

import io.leadflow.reactivation.domain.Reactivations;
import io.leadflow.reactivation.domain.decision.DecisionPublisher;
import io.leadflow.reactivation.domain.lead.LeadHistories;
import io.leadflow.reactivation.domain.run.RunLog;
import io.leadflow.reactivation.domain.run.Waits;
import io.leadflow.reactivation.domain.scenario.ScenarioConfigurations;
import io.leadflow.reactivation.domain.scenario.ScenarioSetup;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the domain, which knows neither Spring nor Kafka nor MongoDB. The clock is the platform's. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReactivationConfiguration {

    /** One per instance: its {@code current()} is cached, so every reader of the configuration calls it. */
    @Bean
    ScenarioSetup scenarioSetup(ScenarioConfigurations configurations, Clock clock) {
        return new ScenarioSetup(configurations, clock);
    }

    @Bean
    Reactivations reactivations(LeadHistories histories, Waits waits, RunLog runLog, DecisionPublisher publisher,
            ScenarioSetup setup, Clock clock) {
        return new Reactivations(histories, waits, runLog, publisher, setup::current, clock);
    }
}
