package io.leadflow.assignment.scheduling;

import io.leadflow.assignment.domain.AssignmentWorkflow;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The durable timer: the waits are documents with a {@code dueAt} in MongoDB, so polling them survives
 * restarts, and every instance may poll because firing a wait is a conditional update only one wins.
 */
@Component
class AssignmentTimer {

    private final AssignmentWorkflow workflow;

    AssignmentTimer(AssignmentWorkflow workflow) {
        this.workflow = workflow;
    }

    @Scheduled(fixedDelayString = "${leadflow.assignment.timer-poll-interval}")
    void poll() {
        workflow.fireDueWaits();
        workflow.republishStalled();
    }
}
