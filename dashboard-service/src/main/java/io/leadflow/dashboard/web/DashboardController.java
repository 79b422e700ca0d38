package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.Dashboard;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The dashboard's own read model over REST, and the live stream of assignments. */
@RestController
class DashboardController {

    private final Dashboard dashboard;
    private final LiveAssignments live;

    DashboardController(Dashboard dashboard, LiveAssignments live) {
        this.dashboard = dashboard;
        this.live = live;
    }

    @GetMapping("/api/overview")
    OverviewView overview() {
        return OverviewView.of(dashboard.overview());
    }

    @GetMapping("/api/assignments/{eventId}")
    AssignmentDetailView assignment(@PathVariable String eventId) {
        return dashboard.assignment(eventId).map(AssignmentDetailView::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No assignment " + eventId + " among the latest ones"));
    }

    @GetMapping("/api/leads/{leadId}/journey")
    JourneyView journey(@PathVariable String leadId) {
        return JourneyView.of(leadId, dashboard.journey(leadId));
    }

    /**
     * Server-sent events: {@code assignments}, each a JSON array of {@link AssignmentRow} (one per consumed batch).
     * The page reads it with fetch, which can send the Authorization header that EventSource cannot.
     */
    @GetMapping(path = "/api/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live() {
        return live.open();
    }
}
