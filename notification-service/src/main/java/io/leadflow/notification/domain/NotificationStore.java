package io.leadflow.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notifications and their delivery state. Every change is a single-document conditional update, so
 * several instances share the work without sending an attempt twice.
 */
public interface NotificationStore {

    /**
     * Stores a new PENDING notification, claimed by the caller until {@code leaseUntil}; empty when it
     * exists already (its trigger was delivered again), in which case nothing changes.
     */
    Optional<ClaimedNotification> create(Envelope envelope, String payload, Instant now, Instant leaseUntil);

    /**
     * Claims one notification with work due at {@code now} (an attempt, or an outcome to publish), until
     * {@code leaseUntil}; the one due longest first.
     */
    Optional<ClaimedNotification> claimDue(Instant now, Instant leaseUntil);

    /** Stores the outcome of an attempt, as not yet published; false when the claim was lost meanwhile. */
    boolean recordOutcome(String notificationId, String claimToken, Outcome outcome);

    /** The outcome's event is published: releases the claim and schedules the next attempt, if any. */
    void markPublished(String notificationId, String claimToken, Outcome outcome);

    /** Every notification about a lead, oldest first. */
    List<DeliveryLogEntry> deliveryLog(String leadId);
}
