package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * @param configuration a proposed configuration to try (null: the one in effect)
 */
record PreviewRequest(@NotNull(message = "must describe the lead to route") @Valid LeadInput lead,
        RoutingConfiguration configuration) {
}
