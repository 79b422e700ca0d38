package io.leadflow.response.domain;

/** A lead owner, a user or a queue, identified by its CRM id; the name is for people reading it. */
public record Owner(String id, OwnerKind kind, String name) {
}
