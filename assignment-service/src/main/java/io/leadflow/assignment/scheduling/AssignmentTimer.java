package io.leadflow.assignment.scheduling;

import io.leadflow.assignment.domain.engine.EngineWait;
import io.leadflow.assignment.domain.outbox.OutboxSweeper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The durable timer: the waits are documents with a {@code dueAt} in MongoDB, so polling them survives
 * restarts, and every instance may poll because firing a wait is a conditional update only one wins.
 */
@Component
class AssignmentTimer {

    private final EngineWait engineWait;
    private final OutboxSweeper sweeper;

    AssignmentTimer(EngineWait engineWait, OutboxSweeper sweeper) {
        this.engineWait = engineWait;
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelayString = "${leadflow.assignment.timer-poll-interval}")
    void poll() {
        engineWait.fireDueWaits();
        sweeper.republishStalled();
    }
}
