package io.leadflow.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Person HANNAH = new Person("005-hannah", "Hannah Hill");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final Dashboard dashboard = new Dashboard(clock, PARIS, new DashboardLimits(3, 10, 2, 2, 100));

    @Test
    void shouldCountAnEventIdOnceHoweverOftenItIsDelivered() {
        Observed assigned = assigned("e-1", "00Q-1", clock.instant());

        List<Assignment> first = dashboard.apply(List.of(assigned, assigned));
        List<Assignment> again = dashboard.apply(List.of(assigned));

        assertThat(first).hasSize(1);
        assertThat(again).isEmpty();
        assertThat(dashboard.overview().assignedToday()).isEqualTo(1);
        assertThat(dashboard.overview().reps()).containsExactly(new RepSummary(HANNAH, 1, 0, 0, 0, 1000L));
    }

    @Test
    void shouldStartCountingAgainAtMidnightInItsZoneButKeepOpenOffersOpen() {
        dashboard.apply(List.of(assigned("e-1", "00Q-1", clock.instant()), offered("e-2", "offer-1")));

        clock.advance(Duration.ofHours(13));

        assertThat(dashboard.overview().day()).hasToString("2026-12-01");
        assertThat(dashboard.overview().assignedToday()).isZero();
        assertThat(dashboard.overview().reps()).containsExactly(new RepSummary(HANNAH, 0, 1, 0, 0, null));
        assertThat(dashboard.startOfToday()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
    }

    @Test
    void shouldForgetAnOpenOfferADayPastItsDeadlineWhoseEndItMissed() {
        dashboard.apply(List.of(offered("e-1", "offer-1")));

        clock.advance(Duration.ofDays(2));

        assertThat(dashboard.overview().reps()).isEmpty();
    }

    @Test
    void shouldNotCountYesterdaysEventsReadAtStartInTodaysNumbers() {
        dashboard.apply(List.of(assigned("e-1", "00Q-1", Instant.parse("2026-11-29T22:59:00Z"))));

        assertThat(dashboard.overview().assignedToday()).isZero();
        assertThat(dashboard.overview().recent()).hasSize(1);
        assertThat(dashboard.journey("00Q-1")).hasSize(1);
    }

    @Test
    void shouldKeepOnlyTheLatestAssignmentsAndJourneysWithinItsLimits() {
        for (int i = 1; i <= 5; i++) {
            dashboard.apply(List.of(assigned("e-" + i, "00Q-" + i, clock.instant())));
        }
        dashboard.apply(List.of(assigned("e-6", "00Q-5", clock.instant()), assigned("e-7", "00Q-5", clock.instant())));

        assertThat(dashboard.overview().recent()).extracting(Assignment::eventId).containsExactly("e-7", "e-6", "e-5");
        assertThat(dashboard.overview().assignedToday()).isEqualTo(7);
        assertThat(dashboard.journey("00Q-1")).isEmpty();
        assertThat(dashboard.journey("00Q-5")).extracting(LeadEvent::eventId).containsExactly("e-6", "e-7");
    }

    private static Observed assigned(String eventId, String leadId, Instant at) {
        Assignment assignment = new Assignment(eventId, leadId, "Dana Reyes · Acme Corp", "00v-" + eventId, HANNAH,
                "ROUND_ROBIN", "Hannah's turn", at, 1000, null, Explanation.summaryOnly("Hannah's turn"));
        return Observed.assignment(line(eventId, leadId, "lead.assigned", at), assignment);
    }

    private Observed offered(String eventId, String offerId) {
        Offer offer = new Offer(eventId, offerId, "00Q-9", HANNAH, clock.instant(), clock.instant().plusSeconds(60));
        return Observed.offer(line(eventId, "00Q-9", "lead.offered", clock.instant()), offer);
    }

    private static LeadEvent line(String eventId, String leadId, String topic, Instant at) {
        return new LeadEvent(eventId, leadId, topic, "assignment-service", at, topic, List.of());
    }
}
