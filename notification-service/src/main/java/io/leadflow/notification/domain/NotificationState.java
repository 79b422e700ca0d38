package io.leadflow.notification.domain;

public enum NotificationState {
    /** Not delivered yet; an attempt is due now or at {@code nextAttemptAt}. */
    PENDING,
    /** Delivered. */
    SENT,
    /** Given up: a permanent failure, or the last allowed attempt failed. */
    FAILED,
    /**
     * Never to be delivered: the fact asked that nobody be told (its {@code reason} says so). No attempt is made
     * and no outcome event published; it is in the delivery log so operators see that nobody was told, and why.
     */
    SUPPRESSED
}
