package io.leadflow.reactivation.domain.scenario;

import java.util.List;
import java.util.Locale;

/**
 * When a status change counts as the event: from one of the inactive statuses to one of the active ones,
 * ignoring case.
 */
public record StatusCondition(List<String> inactive, List<String> active) {

    public StatusCondition {
        inactive = inactive == null ? List.of() : List.copyOf(inactive);
        active = active == null ? List.of() : List.copyOf(active);
    }

    public boolean isMetBy(String previous, String status) {
        return contains(inactive, previous) && contains(active, status);
    }

    public boolean isActive(String status) {
        return contains(active, status);
    }

    public String describe() {
        return "the status moves from " + String.join(" / ", inactive) + " to " + String.join(" / ", active);
    }

    private static boolean contains(List<String> statuses, String status) {
        if (status == null) {
            return false;
        }
        String wanted = status.trim().toLowerCase(Locale.ROOT);
        return statuses.stream().anyMatch(listed -> listed.trim().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
