package io.leadflow.assignment.domain.routing;

/**
 * One thing wrong with a routing configuration.
 *
 * @param path the JSON path of the offending element relative to the configuration object, e.g.
 *     {@code distributionRules[1].members[0].userId}
 * @param message what is wrong and what to do about it, for an operator
 */
public record Problem(String path, String message) {
}
