package io.leadflow.dashboard.domain;

import java.time.Instant;
import java.util.List;

/**
 * One line of a lead's journey: an event of any lead-keyed topic, in words.
 *
 * @param writer the service (or upstream) that writes the topic
 * @param details further lines worth reading (a routing trace); empty for most events
 */
public record LeadEvent(String eventId, String leadId, String topic, String writer, Instant at, String summary,
        List<String> details) {

    public LeadEvent {
        details = List.copyOf(details);
    }
}
