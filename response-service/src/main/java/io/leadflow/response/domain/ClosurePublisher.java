package io.leadflow.response.domain;

import java.util.List;

/** Tells the other services that active responses' funnels closed. */
public interface ClosurePublisher {

    /**
     * Publishes the closings of these closed members: every event is sent first, then every confirmation awaited,
     * and it returns once Kafka confirmed them all. Publishing the same closing again yields the same event id,
     * so consumers drop the repeat.
     */
    void publishClosures(List<CampaignMember> closed);
}
