package io.leadflow.notification.domain;

/**
 * A notification the dispatcher is to attempt: what it delivers and how many attempts were made before.
 *
 * @param attempts attempts made so far; the next one is number {@code attempts + 1}
 */
public record Delivery(Envelope envelope, String payload, int attempts) {

    public String notificationId() {
        return envelope.notificationId();
    }

    public String leadId() {
        return envelope.leadId();
    }
}
