package io.leadflow.reactivation.config;

import io.leadflow.reactivation.domain.scenario.ScenarioConfigurations;
import io.leadflow.reactivation.domain.scenario.ScenarioSetup;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the scenario configuration: one {@link ScenarioSetup} per instance, whose {@code current()} is what
 * every reader of the configuration in effect should call (it is cached; the store is not). The clock is the
 * platform's.
 */
@Configuration(proxyBeanMethods = false)
class ScenarioSetupConfiguration {

    @Bean
    ScenarioSetup scenarioSetup(ScenarioConfigurations configurations, Clock clock) {
        return new ScenarioSetup(configurations, clock);
    }
}
