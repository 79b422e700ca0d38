package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.LeadEvent;
import java.util.List;

/** What happened to one lead, in time order, as the dashboard read it from the topics. */
record JourneyView(String leadId, List<EventView> events) {

    record EventView(String at, String topic, String writer, String summary, List<String> details) {
    }

    static JourneyView of(String leadId, List<LeadEvent> events) {
        return new JourneyView(leadId, events.stream().map(event -> new EventView(event.at().toString(),
                event.topic(), event.writer(), event.summary(), event.details())).toList());
    }
}
