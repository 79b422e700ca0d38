package io.leadflow.notification.channel;

import io.leadflow.notification.domain.LeadAssignment;
import io.leadflow.notification.domain.LeadFacts;
import io.leadflow.notification.domain.Notification;
import io.leadflow.notification.domain.Recipient;

/**
 * The JSON a webhook receives about a {@code lead.assigned}: a contract (receivers, the end-to-end test and the demo read it), so
 * field names and order are written out here and change only compatibly.
 *
 * @param event name of the fact that caused the notification, e.g. {@code lead.assigned}
 * @param assignedAt ISO-8601 UTC, e.g. {@code 2026-11-03T09:15:30.123Z}
 */
record WebhookBody(
        String notificationId,
        String event,
        String leadId,
        String responseId,
        String campaignId,
        RecipientBody recipient,
        String subject,
        String text,
        String method,
        String reason,
        String assignedAt,
        long timeToAssignMillis,
        LeadBody lead) {

    record RecipientBody(String id, String kind, String name) {

        /** Null for nobody: a field a receiver reads as absent. */
        static RecipientBody of(Recipient recipient) {
            return recipient == null ? null : new RecipientBody(recipient.id(), recipient.kind().name(), recipient.name());
        }
    }

    record LeadBody(
            String firstName,
            String lastName,
            String email,
            String title,
            String company,
            String country,
            String state,
            Integer score,
            String status) {

        static LeadBody of(LeadFacts lead) {
            return new LeadBody(lead.firstName(), lead.lastName(), lead.email(), lead.title(), lead.company(),
                    lead.country(), lead.state(), lead.score(), lead.status());
        }
    }

    static WebhookBody of(Notification notification, LeadAssignment assignment) {
        LeadFacts lead = assignment.lead();
        return new WebhookBody(
                notification.envelope().notificationId(),
                notification.envelope().triggerEvent(),
                assignment.leadId(),
                assignment.responseId(),
                assignment.campaignId(),
                RecipientBody.of(notification.envelope().recipient()),
                notification.envelope().subject(),
                notification.text(),
                assignment.method().name(),
                assignment.reason(),
                assignment.assignedAt().toString(),
                assignment.timeToAssignMillis(),
                LeadBody.of(lead));
    }
}
