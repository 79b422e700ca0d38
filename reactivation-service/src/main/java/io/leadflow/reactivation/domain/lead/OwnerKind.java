package io.leadflow.reactivation.domain.lead;

/** Whether an owner is a person or a queue. */
public enum OwnerKind {
    USER, QUEUE, UNKNOWN
}
