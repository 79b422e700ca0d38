package io.leadflow.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.events.AssignmentMethod;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationChannel;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.Owner;
import io.leadflow.events.OwnerKind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationsTest {

    private static final Owner RITA = Owner.newBuilder().setId("005-fault-r1").setKind(OwnerKind.USER)
            .setName("Rita One").build();
    private static final Owner QUEUE = Owner.newBuilder().setId("00G-fault-final").setKind(OwnerKind.QUEUE)
            .setName("Final").build();

    private final Observations observations = new Observations();

    @Test
    void shouldSettleAUserOwnedLeadOnlyOnceItsOwnerIsTold() {
        observations.assigned(assigned(0, "a-1", RITA));
        assertThat(observations.settled(Map.of(0, LeadKind.ROUND_ROBIN))).isZero();

        observations.notified(notified(0, "n-1", "a-1", "s-1"));

        assertThat(observations.settled(Map.of(0, LeadKind.ROUND_ROBIN))).isEqualTo(1);
    }

    @Test
    void shouldSettleAQueueOwnedLeadAndANonQualifyingOneWithoutNotification() {
        observations.assigned(assigned(1, "a-2", QUEUE));

        assertThat(observations.settled(Map.of(1, LeadKind.OFFER, 2, LeadKind.NOT_QUALIFYING))).isEqualTo(2);
    }

    @Test
    void shouldCountACopyApartFromASecondEvent() {
        observations.assigned(assigned(3, "a-3", RITA));
        observations.assigned(assigned(3, "a-3", RITA));
        observations.assigned(assigned(3, "a-4", RITA));

        assertThat(observations.of(3).assignments).extracting(Observations.Assignment::eventId)
                .containsExactly("a-3", "a-4");
        assertThat(observations.copies()).containsEntry("lead.assigned", 1);
        assertThat(observations.recordsAboutLeadsBelow(4)).isEqualTo(3);
    }

    @Test
    void shouldCountEventsAboutLeadsTheSuiteDidNotMakeUpAsForeign() {
        LeadAssigned stranger = assigned(0, "a-5", RITA);
        stranger.setLeadId("00Q-someone-else");

        observations.assigned(stranger);

        assertThat(observations.foreign()).isEqualTo(1);
        assertThat(observations.assignedLeads()).isZero();
    }

    private static LeadAssigned assigned(int lead, String eventId, Owner owner) {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        return LeadAssigned.newBuilder().setEventId(eventId).setOccurredAt(now).setCorrelationId("c")
                .setLeadId(FaultLeads.leadId(lead)).setResponseId(FaultLeads.responseId(lead))
                .setCampaignId("701-fault-webinar").setOwner(owner).setMethod(AssignmentMethod.ROUND_ROBIN)
                .setReason("turn").setActivatedAt(now).setAssignedAt(now).setTimeToAssignMillis(0)
                .setLead(Upstream.response(lead, LeadKind.ROUND_ROBIN).getLead()).setTriggerNotification(true)
                .build();
    }

    private static NotificationSent notified(int lead, String notificationId, String trigger, String eventId) {
        return NotificationSent.newBuilder().setEventId(eventId).setOccurredAt(Instant.now()).setCorrelationId("c")
                .setLeadId(FaultLeads.leadId(lead)).setNotificationId(notificationId)
                .setChannel(NotificationChannel.WEBHOOK).setRecipient(RITA).setDestination("http://hooks")
                .setSubject("New lead").setTriggerEventId(trigger).setAttempts(1).build();
    }
}
