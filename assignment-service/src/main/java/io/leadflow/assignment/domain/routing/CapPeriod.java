package io.leadflow.assignment.domain.routing;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The period a member's cap counts leads over, in the member's own time zone. */
public enum CapPeriod {
    DAY,
    WEEK,
    MONTH;

    /** The period {@code date} falls in, as a key that changes when a new period starts. */
    public String key(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> date.get(IsoFields.WEEK_BASED_YEAR) + "-W" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> date.getYear() + "-" + date.getMonthValue();
        };
    }

    public String noun() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
