package io.leadflow.reactivation.domain.scenario;

import java.time.Duration;
import java.util.List;

/**
 * Which responses of the look-back period a scenario may reactivate (seed 004): a response is eligible when it
 * meets at least one ({@link EligibilityMatch#ANY}, the seed's rule and the default) or every
 * ({@link EligibilityMatch#ALL}) of the criteria given. Criteria left out do not count; with none given every
 * response of the look-back period is eligible.
 *
 * @param notReactivatedBefore true: a response never reactivated before meets this criterion
 * @param responseStatuses response statuses that meet this criterion (labels, e.g. {@code Resolved - No Action Required})
 * @param within a response at most this old meets this criterion
 */
public record Eligibility(EligibilityMatch match, Boolean notReactivatedBefore, List<String> responseStatuses,
        Duration within) {

    public static final Eligibility ANY_RESPONSE = new Eligibility(EligibilityMatch.ANY, null, List.of(), null);

    public Eligibility {
        responseStatuses = responseStatuses == null ? List.of() : List.copyOf(responseStatuses);
    }

    public EligibilityMatch effectiveMatch() {
        return match == null ? EligibilityMatch.ANY : match;
    }

    public boolean checksReactivation() {
        return Boolean.TRUE.equals(notReactivatedBefore);
    }

    public boolean hasCriteria() {
        return checksReactivation() || !responseStatuses.isEmpty() || within != null;
    }
}
