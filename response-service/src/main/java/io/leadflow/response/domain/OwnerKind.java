package io.leadflow.response.domain;

/** Whether a lead owner is a person or a queue of people. */
public enum OwnerKind {
    USER,
    QUEUE,
    UNKNOWN
}
