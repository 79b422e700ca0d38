package io.leadflow.launcher.bench;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.responseActivated;
import static io.leadflow.testsupport.TestEvents.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.Owner;
import io.leadflow.testsupport.TestEvents;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadLedgerTest {

    private static final Owner FIRST = user("005-bench-01", "Bench User 01");
    private static final Owner SECOND = user("005-bench-02", "Bench User 02");

    private final LeadLedger ledger = new LeadLedger(10, List.of(FIRST.getId(), SECOND.getId()));

    @Test
    void shouldTimeEachStepOfALeadFromWhenItWasRead() {
        ledger.sent(0, 1_000);
        ledger.activated(responseActivated(LeadIds.leadId(0)).build(), 1_500);
        ledger.assigned(assigned(0, FIRST), 2_000);
        ledger.notified(notified(0, FIRST), 2_600);

        LeadTimes times = ledger.times(0, 1);

        assertThat(times.activated()[0] - times.sent()[0]).isEqualTo(500);
        assertThat(times.assigned()[0] - times.activated()[0]).isEqualTo(500);
        assertThat(times.notified()[0] - times.assigned()[0]).isEqualTo(600);
        assertThat(ledger.activatedLeads()).isEqualTo(1);
        assertThat(ledger.assignedLeads()).isEqualTo(1);
        assertThat(ledger.notifiedLeads()).isEqualTo(1);
    }

    @Test
    void shouldCountARedeliveryApartFromASecondDecision() {
        ledger.sent(0, 0);
        LeadAssigned decision = assigned(0, FIRST);

        ledger.assigned(decision, 1);
        ledger.assigned(decision, 2);
        ledger.assigned(assigned(0, SECOND), 3);

        Integrity integrity = ledger.integrity(1);
        assertThat(integrity.redelivered()).isEqualTo(1);
        assertThat(integrity.duplicated()).isEqualTo(1);
        assertThat(ledger.assignedLeads()).isEqualTo(1);
        assertThat(ledger.leadsPerOwner(0, 1)).isEqualTo(Map.of(FIRST.getId(), 1L));
    }

    @Test
    void shouldCountLeadsRoutedWrongAndNotificationsToTheWrongPerson() {
        ledger.sent(0, 0);
        ledger.sent(1, 0);
        ledger.sent(2, 0);
        ledger.assigned(assigned(0, ALICE), 1);
        ledger.assigned(leadAssigned(LeadIds.leadId(1), LeadIds.responseId(1), FIRST).build(), 1);
        ledger.assigned(assigned(2, SECOND), 1);
        ledger.notified(notified(2, FIRST), 2);

        Integrity integrity = ledger.integrity(3);

        assertThat(integrity.notAMember()).isEqualTo(1);
        assertThat(integrity.otherMethod()).isEqualTo(1);
        assertThat(integrity.toSomeoneElse()).isEqualTo(1);
        assertThat(ledger.leadsPerOwner(0, 3)).isEqualTo(Map.of(LeadLedger.NOT_A_MEMBER_KEY, 1L, FIRST.getId(), 1L,
                SECOND.getId(), 1L));
    }

    @Test
    void shouldCountEventsAboutLeadsItNeverSentAndFailures() {
        ledger.sent(0, 0);

        ledger.assigned(assigned(1, FIRST), 1);
        ledger.activated(responseActivated("00Q-someone-else").build(), 1);
        ledger.failed("lead.assigned.dlt");
        ledger.failed("notification.failed");
        ledger.failed("notification.failed");

        Integrity integrity = ledger.integrity(1);
        assertThat(integrity.foreign()).isEqualTo(2);
        assertThat(integrity.failures()).isEqualTo(Map.of("lead.assigned.dlt", 1, "notification.failed", 2));
        assertThat(ledger.assignedLeads()).isZero();
    }

    private static LeadAssigned assigned(int number, Owner owner) {
        return leadAssigned(LeadIds.leadId(number), LeadIds.responseId(number), owner)
                .setMethod(AssignmentMethod.ROUND_ROBIN).build();
    }

    private static NotificationSent notified(int number, Owner recipient) {
        String notificationId = UUID.randomUUID().toString();
        return NotificationSent.newBuilder()
                .setEventId(UUID.randomUUID().toString()).setOccurredAt(TestEvents.now())
                .setCorrelationId(UUID.randomUUID().toString()).setLeadId(LeadIds.leadId(number))
                .setNotificationId(notificationId).setChannel(NotificationChannel.WEBHOOK).setRecipient(recipient)
                .setDestination("http://127.0.0.1:8090/notifications").setSubject("New lead assigned to you")
                .setTriggerEventId(UUID.randomUUID().toString()).setAttempts(1).build();
    }
}
