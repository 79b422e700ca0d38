package io.leadflow.reactivation.domain.decision;

import java.util.List;

/** Publishes decisions and sync commands: all sent together, returns once every one is confirmed. */
public interface DecisionPublisher {

    void publish(List<Decision> decisions, List<SyncRequest> syncRequests);
}
