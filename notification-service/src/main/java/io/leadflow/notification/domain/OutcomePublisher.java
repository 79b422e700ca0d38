package io.leadflow.notification.domain;

/** Tells the rest of the platform how an attempt went; returns only once the event is safely published. */
public interface OutcomePublisher {

    void publish(Envelope envelope, Outcome outcome);
}
