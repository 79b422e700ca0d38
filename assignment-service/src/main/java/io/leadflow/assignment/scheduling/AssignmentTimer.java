package io.leadflow.assignment.scheduling;

import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.offer.Offers;
import io.leadflow.assignment.domain.outbox.OutboxSweeper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The durable timer: the engine waits and the offers' deadlines are documents with a {@code dueAt} in MongoDB, so
 * polling them survives restarts, and every instance may poll because firing one is a conditional update only
 * one wins.
 */
@Component
class AssignmentTimer {

    private final EngineWait engineWait;
    private final Offers offers;
    private final OutboxSweeper sweeper;

    AssignmentTimer(EngineWait engineWait, Offers offers, OutboxSweeper sweeper) {
        this.engineWait = engineWait;
        this.offers = offers;
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelayString = "${leadflow.assignment.timer-poll-interval}")
    void poll() {
        engineWait.fireDueWaits();
        offers.fireDueDeadlines();
        sweeper.republishStalled();
    }
}
