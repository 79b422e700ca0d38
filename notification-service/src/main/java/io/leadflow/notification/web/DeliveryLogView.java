package io.leadflow.notification.web;

import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.DeliveryLogEntry;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.domain.Recipient;
import io.leadflow.notification.domain.RecipientKind;
import java.time.Instant;

/**
 * One entry of a lead's delivery log as the API shows it: to whom, where, and how delivery went.
 *
 * @param triggerEvent the fact it is about: {@code lead.assigned}, {@code lead.offered} or {@code lead.expired}
 * @param destination where it was delivered (or attempted); null for a SUPPRESSED notification, which went nowhere
 * @param state {@code PENDING}, {@code SENT}, {@code FAILED} (given up) or {@code SUPPRESSED} (nobody told, on
 *     purpose: no attempt was made)
 * @param reason why nobody was told, for a SUPPRESSED notification; null otherwise
 */
record DeliveryLogView(
        String notificationId,
        String triggerEvent,
        RecipientView recipient,
        Channel channel,
        String destination,
        String subject,
        NotificationState state,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        String reason) {

    record RecipientView(String id, RecipientKind kind, String name) {

        static RecipientView of(Recipient recipient) {
            return new RecipientView(recipient.id(), recipient.kind(), recipient.name());
        }
    }

    static DeliveryLogView of(DeliveryLogEntry entry) {
        return new DeliveryLogView(entry.notificationId(), entry.triggerEvent(),
                RecipientView.of(entry.recipient()), entry.channel(),
                entry.destination(), entry.subject(), entry.state(), entry.attempts(), entry.lastError(),
                entry.createdAt(), entry.sentAt(), entry.reason());
    }
}
