package io.leadflow.assignment.domain;

/** Whether a lead owner is a person or a queue of people. */
public enum OwnerKind {
    USER,
    QUEUE
}
