package io.leadflow.notification.domain;

public enum NotificationState {
    /** Not delivered yet; an attempt is due now or at {@code nextAttemptAt}. */
    PENDING,
    /** Delivered. */
    SENT,
    /** Given up: a permanent failure, or the last allowed attempt failed. */
    FAILED
}
