package io.leadflow.reactivation.domain.lead;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the lead projections are kept, read and written by lead id only. */
public interface LeadHistories {

    /** The stored histories of these leads, by lead id; leads never seen are absent. */
    Map<String, LeadHistory> findAll(Collection<String> leadIds);

    /** Stores these histories whole (one bulk write). */
    void saveAll(List<LeadHistory> histories);
}
