package io.leadflow.notification.domain;

/** A notification about a fact, as a channel renders it into the payload it delivers. */
public record Notification(Envelope envelope, String text, LeadFact fact) {
}
