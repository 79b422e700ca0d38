package io.leadflow.notification.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delivery log: one entry per notification, read and written by notification id only (and by lead
 * for operators), each call one store operation however many notifications it names.
 */
public interface NotificationStore {

    /** The stored notifications among {@code notificationIds}; absent ids are not stored. */
    Map<String, StoredNotification> findAll(Collection<String> notificationIds);

    /**
     * Stores, in one write, new PENDING notifications, created at {@code now} with their first attempt due then,
     * and new SUPPRESSED ones, never to be attempted; returns the ids among them that were stored already (by a
     * concurrent delivery of their trigger), which are left as they are.
     */
    Set<String> insertNew(List<Delivery> notifications, List<Suppression> suppressed, Instant now);

    /** Stores the outcome of an attempt at each notification: state, attempts, last error or time sent. */
    void recordOutcomes(List<RecordedOutcome> outcomes);

    /** Every notification about a lead, oldest first. */
    List<DeliveryLogEntry> deliveryLog(String leadId);
}
