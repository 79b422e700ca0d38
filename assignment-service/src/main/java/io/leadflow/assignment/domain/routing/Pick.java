package io.leadflow.assignment.domain.routing;

import java.time.Instant;

/** A member a distribution rule picked, for one routing of one lead. */
public record Pick(String routingKey, String leadId, String userId, Instant at) {
}
