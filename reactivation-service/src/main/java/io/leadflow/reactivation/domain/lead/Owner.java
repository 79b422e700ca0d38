package io.leadflow.reactivation.domain.lead;

/** A lead owner, a user or a queue, by CRM id. */
public record Owner(String id, OwnerKind kind, String name) {
}
