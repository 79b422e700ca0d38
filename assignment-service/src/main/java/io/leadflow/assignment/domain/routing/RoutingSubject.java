package io.leadflow.assignment.domain.routing;

import io.leadflow.assignment.domain.Lead;
import io.leadflow.assignment.domain.LeadAttributes;
import io.leadflow.criteria.LeadFacts;
import io.leadflow.criteria.LeadField;
import io.leadflow.criteria.LeadProfile;
import java.util.List;

/**
 * The lead a distribute step routes.
 *
 * @param routingKey identifies this routing of the lead (the assignment id for an activation): routing it again
 *     under the same key gives the member picked the first time instead of picking again
 */
public record RoutingSubject(String routingKey, String leadId, String campaignId, Lead lead) {

    /**
     * The lead as assignment-rule criteria see it: its attributes, score and status, the campaign of the response
     * being routed, and the {@code regions} (of the routing configuration) its country and state are in, worked out
     * only when a condition tests region.
     */
    public LeadFacts facts(List<Region> regions) {
        LeadAttributes attributes = lead.attributes();
        LeadProfile profile = LeadProfile.builder()
                .companySize(attributes.companySize())
                .score(lead.score())
                .country(attributes.country())
                .state(attributes.state())
                .company(attributes.company())
                .industry(attributes.industry())
                .tags(attributes.tags())
                .title(attributes.title())
                .status(lead.status())
                .email(attributes.email())
                .campaignId(campaignId)
                .custom(attributes.custom())
                .build();
        return field -> LeadField.REGION.fieldName().equals(field)
                ? regions.stream().filter(region -> region.contains(attributes.country(), attributes.state()))
                        .map(Region::name).toList()
                : profile.valuesOf(field);
    }
}
