package io.leadflow.platform.kafka;

/** Kafka did not confirm a send in time; the handler fails and the incoming record is retried. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
