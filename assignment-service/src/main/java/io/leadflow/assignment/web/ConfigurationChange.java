package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import jakarta.validation.constraints.NotNull;

/**
 * A change to the routing configuration: the whole new configuration and why; its author is the caller.
 *
 * @param expectedVersion the version the change was made to; when set and no longer current, the change is
 *     refused (409) instead of silently undoing another change
 */
record ConfigurationChange(
        String comment,
        Long expectedVersion,
        @NotNull(message = "must be the whole new routing configuration") RoutingConfiguration configuration) {
}
