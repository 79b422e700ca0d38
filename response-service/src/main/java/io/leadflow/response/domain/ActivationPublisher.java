package io.leadflow.response.domain;

import java.util.List;

/** Tells the other services that responses became their leads' active responses. */
public interface ActivationPublisher {

    /**
     * Publishes the activations of new responses: every event is sent first, then every confirmation awaited,
     * and it returns once Kafka confirmed them all. Publishing the same member again yields the same event id,
     * so consumers drop the repeat.
     */
    void publishNewResponses(List<CampaignMember> members);
}
