package io.leadflow.dashboard.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * From assignment-service: the hopper (with its claim), the leads waiting for the external engine, and a lead's
 * assignments as it sees them now.
 */
@RestController
@Validated
class AssignmentServiceController {

    private final AssignmentServiceRelay assignmentService;

    AssignmentServiceController(AssignmentServiceRelay assignmentService) {
        this.assignmentService = assignmentService;
    }

    @GetMapping("/api/hopper")
    ResponseEntity<String> hopper(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return assignmentService.get("/hopper?limit=" + limit, authorization);
    }

    /** The caller claims the lead: assignment-service takes the claimant from the token, as for any claim. */
    @PostMapping("/api/hopper/{assignmentId}/claim")
    ResponseEntity<String> claim(@PathVariable String assignmentId,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return assignmentService.post("/hopper/" + encode(assignmentId) + "/claim", authorization);
    }

    @GetMapping("/api/engine-waits")
    ResponseEntity<String> engineWaits(@RequestParam(required = false) Duration olderThan,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        String query = "?limit=" + limit + (olderThan == null ? "" : "&olderThan=" + olderThan);
        return assignmentService.get("/engine-waits" + query, authorization);
    }

    /** The lead as assignment-service's read model shows it now, next to the journey the dashboard read. */
    @GetMapping("/api/leads/{leadId}/assignments")
    ResponseEntity<String> leadAssignments(@PathVariable String leadId,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return assignmentService.get("/leads/" + encode(leadId) + "/assignments", authorization);
    }

    static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
