package io.leadflow.reactivation.domain.lead;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The response statuses a scenario's eligibility may list, as this service infers them from events (it never
 * reads response-service's database): a response activated and not closed is {@link #ACTIVE}; one whose
 * funnel closed is {@link #CLOSED}; one never activated is {@link #RESOLVED_ACTIVE_RESPONSE_EXISTS} when the
 * lead had an open active response when it arrived, otherwise {@link #RESOLVED_NO_ACTION_REQUIRED}.
 */
public enum ResponseStatusLabel {
    ACTIVE("Active"),
    CLOSED("Closed"),
    RESOLVED_NO_ACTION_REQUIRED("Resolved - No Action Required"),
    RESOLVED_ACTIVE_RESPONSE_EXISTS("Resolved - Active Response Exists");

    /** The labels a scenario may list as eligible (an active response is never reactivated). */
    public static final List<ResponseStatusLabel> ELIGIBLE_CHOICES =
            List.of(RESOLVED_NO_ACTION_REQUIRED, RESOLVED_ACTIVE_RESPONSE_EXISTS, CLOSED);

    private final String label;

    ResponseStatusLabel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ResponseStatusLabel> labelled(String label) {
        return Arrays.stream(values()).filter(status -> status.label.equalsIgnoreCase(label.trim())).findFirst();
    }
}
