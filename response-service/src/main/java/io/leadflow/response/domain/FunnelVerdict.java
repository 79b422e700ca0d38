package io.leadflow.response.domain;

import java.util.List;

/**
 * Whether a response meets the funnel criteria.
 *
 * @param unmetCriteria one sentence per criterion the response failed, empty when it qualifies
 */
public record FunnelVerdict(List<String> unmetCriteria) {

    public FunnelVerdict {
        unmetCriteria = List.copyOf(unmetCriteria);
    }

    public boolean qualifies() {
        return unmetCriteria.isEmpty();
    }
}
