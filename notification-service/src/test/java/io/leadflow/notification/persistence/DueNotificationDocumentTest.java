package io.leadflow.notification.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadflow.notification.persistence.DueNotificationDocument.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueNotificationDocumentTest {

    static final Instant SCHEDULED = Instant.parse("2026-11-03T09:15:30Z");
    static final Duration LEASE = Duration.ofMinutes(1);

    static Claim claim(String instance, int secondsAfterScheduled) {
        Instant at = SCHEDULED.plusSeconds(secondsAfterScheduled);
        return new Claim(instance, at, at.plus(LEASE));
    }

    static DueNotificationDocument entry(Claim... claims) {
        return new DueNotificationDocument("n-1", "00Q-1", SCHEDULED, SCHEDULED, 0, List.of(claims));
    }

    @Test
    void shouldBeHeldByNobodyBeforeTheFirstClaim() {
        assertThat(entry().holder()).isEmpty();
        assertThat(entry().isHeldAt(SCHEDULED)).isFalse();
    }

    @Test
    void shouldBeHeldByTheFirstOfTwoInstancesClaimingAtOnce() {
        DueNotificationDocument claimedTwice = entry(claim("a", 1), claim("b", 1));

        assertThat(claimedTwice.holder()).contains(claim("a", 1));
        assertThat(claimedTwice.isHeldBy("a")).isTrue();
        assertThat(claimedTwice.isHeldBy("b")).isFalse();
    }

    @Test
    void shouldIgnoreALaterClaimWhileTheHoldersLeaseRuns() {
        assertThat(entry(claim("a", 1), claim("b", 60)).holder()).contains(claim("a", 1));
    }

    @Test
    void shouldPassToTheFirstClaimMadeOnceTheHoldersLeaseRanOut() {
        DueNotificationDocument takenOver = entry(claim("a", 1), claim("b", 61), claim("c", 62));

        assertThat(takenOver.holder()).contains(claim("b", 61));
        assertThat(takenOver.isHeldAt(SCHEDULED.plusSeconds(62))).isTrue();
    }

    @Test
    void shouldExtendTheLeaseWhenTheHolderClaimsAgain() {
        DueNotificationDocument renewed = entry(claim("a", 1), claim("a", 40), claim("b", 61));

        assertThat(renewed.holder()).contains(claim("a", 40));
        assertThat(renewed.isHeldAt(SCHEDULED.plusSeconds(99))).isTrue();
    }

    @Test
    void shouldLoseARenewalMadeAfterAnotherInstanceTookOver() {
        assertThat(entry(claim("a", 1), claim("b", 61), claim("a", 62)).holder()).contains(claim("b", 61));
    }

    @Test
    void shouldDiscountAClaimMadeBeforeTheEntryWasScheduled() {
        Claim readBeforeRescheduling = claim("a", -1);

        assertThat(entry(readBeforeRescheduling).holder()).isEmpty();
        assertThat(entry(readBeforeRescheduling, claim("b", 0)).holder()).contains(claim("b", 0));
    }

    @Test
    void shouldRegisterAnEntryDueAtOnceOrHeldUntilItsClaimEnds() {
        Claim mine = claim("a", 0);

        assertThat(DueNotificationDocument.registered("n-1", "00Q-1", SCHEDULED, Optional.empty()))
                .isEqualTo(new DueNotificationDocument("n-1", "00Q-1", SCHEDULED, SCHEDULED, 0, List.of()));
        assertThat(DueNotificationDocument.registered("n-1", "00Q-1", SCHEDULED, Optional.of(mine)))
                .isEqualTo(new DueNotificationDocument("n-1", "00Q-1", SCHEDULED, mine.until(), 0, List.of(mine)));
    }
}
