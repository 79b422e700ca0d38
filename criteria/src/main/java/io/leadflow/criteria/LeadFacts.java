package io.leadflow.criteria;

import java.util.List;

/**
 * A lead as criteria see it: the values of each field a condition may name. The service that evaluates criteria
 * says what the values are, so that fields only it can know (a {@code region} from its own territories, the
 * {@code campaignId} the lead is being considered for) stay its business. {@link LeadProfile} holds the usual ones.
 */
@FunctionalInterface
public interface LeadFacts {

    /**
     * The values of {@code field}, a {@link LeadField} name or {@code custom.<name>}; empty when the lead has none.
     * A multi-valued field (tags, region) may have several.
     *
     * @throws IllegalArgumentException when {@code field} is no field a condition may name
     */
    List<String> valuesOf(String field);
}
