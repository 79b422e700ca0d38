package io.leadflow.reactivation.domain.scenario;

/**
 * One thing wrong with a scenario configuration.
 *
 * @param path the JSON path of the offending element relative to the configuration object, e.g.
 *     {@code scenarios[1].lookBack}
 * @param message what is wrong and what to do about it, for an operator
 */
public record Problem(String path, String message) {
}
