package io.leadflow.notification.domain;

/** The outcome of one attempt at a notification, as it is stored and then reported. */
public record RecordedOutcome(Envelope envelope, Outcome outcome) {

    public String notificationId() {
        return envelope.notificationId();
    }
}
