package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views for operators: where the assignment of a response, or of every response of a lead, stands,
 * and why (the routing explanation).
 */
@RestController
@Tag(name = "Assignments", description = "Where each active response's lead went, and why")
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/assignments/{responseId}")
    @Operation(summary = "The assignment of one active response, with its explanation")
    AssignmentView assignment(@PathVariable String responseId) {
        return assignments.find(responseId)
                .map(AssignmentView::of)
                .orElseThrow(() -> ApiException.notFound("Assignment not found",
                        "No assignment for response " + responseId));
    }

    @GetMapping("/leads/{leadId}/assignments")
    @Operation(summary = "Every assignment of a lead, oldest first: answers \"why did this lead go to her?\"")
    List<AssignmentView> assignmentsOfLead(@PathVariable String leadId) {
        return assignments.ofLead(leadId).stream().map(AssignmentView::of).toList();
    }
}
