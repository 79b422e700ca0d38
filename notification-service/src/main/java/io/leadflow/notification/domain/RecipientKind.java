package io.leadflow.notification.domain;

public enum RecipientKind {
    USER,
    QUEUE,
    UNKNOWN
}
