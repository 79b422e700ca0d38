package io.leadflow.notification.domain;

import java.util.List;

/**
 * Tells the rest of the platform how attempts went: sends every event first, then returns only once all
 * of them are confirmed published.
 */
public interface OutcomePublisher {

    void publishAll(List<RecordedOutcome> outcomes);
}
