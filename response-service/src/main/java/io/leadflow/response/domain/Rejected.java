package io.leadflow.response.domain;

/**
 * An event of a batch that the service cannot accept once it has read its state, with the reason an operator
 * reads; the other events of the batch are handled.
 */
public record Rejected<T>(T event, String reason) {
}
