package io.leadflow.assignment.domain.group;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The locks on leads' primary agent ("Re-Assign in progress"): at most one per lead, taken by a reassignment
 * group distribution and released when it completes. Taking one is an insert that only one of concurrent
 * attempts wins.
 */
public interface LeadLocks {

    /** A lock: which round holds it, for which group, started by whom, since when. */
    record Lock(String leadId, String assignmentId, String group, String lockedBy, Instant since) {
    }

    /** Takes the lead's lock for {@code lock}'s round; the lock already held when someone else holds it. */
    Optional<Lock> acquire(Lock lock);

    /** Releases the lead's lock if round {@code assignmentId} holds it. */
    void release(String leadId, String assignmentId);

    /** The locks held on these leads, by lead id, in one read. */
    Map<String, Lock> held(Collection<String> leadIds);
}
