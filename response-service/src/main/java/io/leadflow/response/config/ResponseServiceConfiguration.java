package io.leadflow.response.config;

import io.leadflow.response.domain.ActivationPublisher;
import io.leadflow.response.domain.CampaignMembers;
import io.leadflow.response.domain.ClosurePublisher;
import io.leadflow.response.domain.LeadFunnels;
import io.leadflow.response.domain.ReactivationManagement;
import io.leadflow.response.domain.ResponseManagement;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free domain to its adapters. */
@Configuration(proxyBeanMethods = false)
public class ResponseServiceConfiguration {

    @Bean
    ResponseManagement responseManagement(ResponseProperties properties, CampaignMembers members, LeadFunnels leads,
            ActivationPublisher activations, ClosurePublisher closings, Clock clock) {
        return new ResponseManagement(properties.funnel().rules(), members, leads, activations, closings, clock);
    }

    @Bean
    ReactivationManagement reactivationManagement(ResponseProperties properties, CampaignMembers members,
            LeadFunnels leads, ActivationPublisher activations, Clock clock) {
        return new ReactivationManagement(properties.funnel().rules(), members, leads, activations, clock);
    }
}
