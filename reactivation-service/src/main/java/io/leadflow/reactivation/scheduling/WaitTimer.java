package io.leadflow.reactivation.scheduling;

import io.leadflow.reactivation.domain.Reactivations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The durable timer of the wait periods: waits are documents with a {@code dueAt}, so they survive restarts.
 * Every instance may poll: a wait fired twice publishes the same derived event ids, which consumers drop.
 */
@Component
class WaitTimer {

    private final Reactivations reactivations;

    WaitTimer(Reactivations reactivations) {
        this.reactivations = reactivations;
    }

    @Scheduled(fixedDelayString = "${leadflow.reactivation.timer-poll-interval}")
    void fireDueWaits() {
        reactivations.fireDueUntilNoneLeft();
    }
}
