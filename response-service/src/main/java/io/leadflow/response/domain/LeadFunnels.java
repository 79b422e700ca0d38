package io.leadflow.response.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per lead, its open active responses and the reactivation decisions refused for it. Read and written by lead id
 * only, a batch at a time.
 */
public interface LeadFunnels {

    /** The lead's funnel, unless it was never written (for people, not the hot path). */
    Optional<LeadFunnel> find(String leadId);

    /** The funnels of these leads, by lead id; a lead whose funnel was never written is absent. */
    Map<String, LeadFunnel> findAll(Collection<String> leadIds);

    /**
     * Makes these changes, each to its own lead only. They add and remove single entries, so a response
     * opened and another closed at the same moment by different consumers both stay made. Only the last
     * {@link LeadFunnel#REFUSALS_KEPT} refusals are kept.
     */
    void update(List<FunnelUpdate> updates);
}
