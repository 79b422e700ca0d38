package io.leadflow.response.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Per lead, its open active responses. Read and written by lead id only, a batch at a time. */
public interface LeadFunnels {

    /** The funnels of these leads, by lead id; a lead that never had an active response is absent. */
    Map<String, LeadFunnel> findAll(Collection<String> leadIds);

    /**
     * Makes these changes, each to its own lead only. They add and remove single entries, so a response
     * opened and another closed at the same moment by the two consumers both stay made.
     */
    void update(List<FunnelUpdate> updates);
}
