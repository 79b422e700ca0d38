package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.Lead;

/**
 * The lead a distribute step routes.
 *
 * @param routingKey identifies this routing of the lead (the assignment id for an activation): routing it again
 *     under the same key gives the member picked the first time instead of picking again
 */
public record RoutingSubject(String routingKey, String leadId, String campaignId, Lead lead) {
}
