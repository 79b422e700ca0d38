package io.leadflow.notification.domain;

/** What a person reads: a one-line subject and a short paragraph. */
public record Message(String subject, String text) {
}
