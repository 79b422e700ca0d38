package io.leadflow.notification.domain;

/**
 * Who is told about which fact, where and under which subject: what every attempt and every outcome
 * event of one notification repeats.
 *
 * @param notificationId {@code EventIds.derived(triggerEventId, recipient id, channel)}: one notification
 *     per fact, recipient and channel, however often the fact is redelivered
 * @param triggerEvent name of the event that caused the notification, e.g. {@code lead.assigned}
 * @param destination where the channel delivers it, e.g. a webhook URL
 */
public record Envelope(
        String notificationId,
        String triggerEvent,
        String triggerEventId,
        String correlationId,
        String leadId,
        Recipient recipient,
        Channel channel,
        String destination,
        String subject) {
}
