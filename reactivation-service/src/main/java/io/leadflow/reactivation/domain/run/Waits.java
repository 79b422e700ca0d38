package io.leadflow.reactivation.domain.run;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The pending waits: only what is still due, so reading them costs the same after a million leads. */
public interface Waits {

    /**
     * Stores the waits that have no wait yet for their lead and scenario; the others are left as they are.
     *
     * @return the run id of the wait in place for every wait given, by wait id (the given run's own id when it
     *     was stored, or was stored before by an earlier attempt of the same batch)
     */
    Map<String, String> schedule(List<PendingWait> waits);

    /** Waits due at {@code now}, oldest first, at most {@code limit}. */
    List<PendingWait> due(Instant now, int limit);

    /** The waits of these leads. */
    List<PendingWait> ofLeads(Collection<String> leadIds);

    /** Removes these waits, each only while it is still the same run (a newer run of the scenario stays). */
    void remove(List<PendingWait> waits);
}
