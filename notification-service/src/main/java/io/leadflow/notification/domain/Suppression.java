package io.leadflow.notification.domain;

/**
 * A notification that is not sent, because its fact asked that nobody be told: recorded in the delivery log under
 * the id the notification would have had (so a redelivered fact finds it), never attempted, never reported.
 *
 * @param envelope who would have been told, through which channel, under which subject; no destination, since
 *     nothing goes anywhere
 * @param reason why nobody was told, for operators
 */
public record Suppression(Envelope envelope, String reason) {

    public String notificationId() {
        return envelope.notificationId();
    }
}
