package io.leadflow.notification.domain;

import java.time.Instant;

/**
 * One notification about a lead as operators see it: to whom, where, and how delivery went.
 *
 * @param triggerEvent the fact it is about, e.g. {@code lead.offered}
 * @param reason why nobody was told, for a {@code SUPPRESSED} notification; null otherwise
 */
public record DeliveryLogEntry(
        String notificationId,
        String triggerEvent,
        Recipient recipient,
        Channel channel,
        String destination,
        String subject,
        NotificationState state,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String reason) {
}
