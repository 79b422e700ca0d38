package io.leadflow.notification.domain;

/** Who is told: a lead owner (a user or a queue) by its CRM id, with a display name when known. */
public record Recipient(String id, RecipientKind kind, String name) {
}
