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

    /**
     * Publishes the activations of members reactivated (or inserted) by reactivation decisions, the same way. The
     * event id is derived from the decision, so a member reactivated again by a later decision is a new event.
     */
    void publishReactivations(List<AppliedReactivation> reactivations);
}
