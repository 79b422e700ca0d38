package io.leadflow.reactivation.config;

import io.leadflow.reactivation.domain.Reactivations;
import io.leadflow.reactivation.domain.decision.DecisionPublisher;
import io.leadflow.reactivation.domain.lead.LeadHistories;
import io.leadflow.reactivation.domain.run.RunLog;
import io.leadflow.reactivation.domain.run.Waits;
import io.leadflow.reactivation.domain.scenario.ScenarioConfigurations;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the domain, which knows neither Spring nor Kafka nor MongoDB. */
@Configuration
@EnableScheduling
class ReactivationConfiguration {

    @Bean
    Reactivations reactivations(LeadHistories histories, Waits waits, RunLog runLog, DecisionPublisher publisher,
            ScenarioConfigurations configurations, Clock clock) {
        return new Reactivations(histories, waits, runLog, publisher,
                () -> configurations.current().configuration(), clock);
    }
}
