package io.leadflow.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work still due: one small entry per notification that is not finished or whose last outcome is not
 * yet confirmed published, removed once it is. Pollers look only here, so what they read grows with what
 * is pending, never with the delivery log.
 *
 * <p>An entry is claimed by one instance at a time, for a lease: the instance that holds it is the only one
 * that attempts the notification or reports its outcome. Claims are exact among instances: two claimers of
 * the same entry never both hold it, and a holder whose lease ran out learns it when it renews.
 */
public interface DueNotifications {

    /** A notification to register as due now, claimed by this instance or left to whoever polls first. */
    record NewEntry(String notificationId, String leadId, boolean claimed) {
    }

    /**
     * After an attempt or a recovery: removes the entry of a notification that is finished, or reschedules
     * it at {@code nextAttemptAt} with its claim released.
     *
     * @param nextAttemptAt null when the notification is finished
     * @param publishedAttempts attempts whose outcome event is confirmed published
     */
    record Settlement(String notificationId, Instant nextAttemptAt, int publishedAttempts) {

        /** What is left once {@code reported} is confirmed published. */
        public static Settlement after(RecordedOutcome reported) {
            return new Settlement(reported.notificationId(), reported.outcome().nextAttemptAt(),
                    reported.outcome().attempt());
        }

        public static Settlement finished(String notificationId) {
            return new Settlement(notificationId, null, 0);
        }
    }

    /**
     * Registers entries due at {@code now}; the claimed ones are held by this instance until {@code until}.
     * Returns the ids registered; an id that has an entry already keeps it unchanged and is not returned.
     */
    Set<String> register(List<NewEntry> entries, Instant now, Instant until);

    /** Up to {@code limit} notifications due at {@code now} that no live claim holds, longest due first. */
    List<String> due(Instant now, int limit);

    /**
     * Claims the entries for this instance from {@code now} until {@code until}, or extends a claim it
     * holds. Returns the ones this instance holds afterwards, each with the number of attempts whose outcome
     * is confirmed published; entries held by another instance's live claim, or gone, are left out.
     */
    Map<String, Integer> claim(Collection<String> notificationIds, Instant now, Instant until);

    /** Removes or reschedules entries this instance holds, in one store operation. */
    void settle(List<Settlement> settlements);
}
