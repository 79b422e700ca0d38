package io.leadflow.assignment.domain.routing;

import java.time.Duration;

/**
 * An acknowledgement SLA: a lead given to a user this way is only offered to them, and they must acknowledge it
 * within {@code within}; if they do not, the offer expires and {@code reassignment} offers it to others. Set on a
 * distribution rule, an assignment rule or the whole configuration (the most specific one applies); none means
 * leads are assigned without an offer, as before SLAs existed.
 *
 * @param within how long the first candidate has to acknowledge
 * @param reassignment what happens when an offer expires
 */
public record Acknowledgement(Duration within, Reassignment reassignment) {

    /** How long a reassignment's offers last: the reassignment's own deadline, else this SLA's. */
    public Duration reofferWithin() {
        return reassignment == null || reassignment.within() == null ? within : reassignment.within();
    }
}
