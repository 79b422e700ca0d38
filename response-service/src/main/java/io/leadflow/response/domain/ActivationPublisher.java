package io.leadflow.response.domain;

/** Tells the other services that a response became a lead's active response. */
public interface ActivationPublisher {

    /**
     * Publishes the activation of a new response; returns once Kafka confirmed it. Publishing the same
     * member again yields the same event id, so consumers drop the repeat.
     */
    void publishNewResponse(CampaignMember member);
}
