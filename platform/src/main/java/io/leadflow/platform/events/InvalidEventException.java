package io.leadflow.platform.events;

/**
 * An event that decoded fine but breaks a rule of its topic (a missing response id, a negative score).
 * Retrying cannot fix it, so it goes straight to the topic's dead-letter topic with this message as the
 * reason, and the consumer carries on.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
