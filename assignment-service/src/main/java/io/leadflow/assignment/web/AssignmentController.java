package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views for operators: where an assignment, or every assignment of a lead, stands, and why (the
 * routing explanation). A response's first activation's assignment has the response id as its id; each
 * reactivation of the response is an assignment of its own, listed with its id among the lead's.
 */
@RestController
@Tag(name = "Assignments", description = "Where each active response's lead went, and why")
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/assignments/{assignmentId}")
    @Operation(summary = "One assignment, with its explanation",
            description = "The assignment of a response's first activation has the response id as its id; a "
                    + "reactivation's has an id of its own (assignmentId, as GET /leads/{leadId}/assignments "
                    + "lists it).")
    AssignmentView assignment(@PathVariable String assignmentId) {
        return assignments.find(assignmentId)
                .map(AssignmentView::of)
                .orElseThrow(() -> ApiException.notFound("Assignment not found",
                        "No assignment " + assignmentId));
    }

    @GetMapping("/leads/{leadId}/assignments")
    @Operation(summary = "Every assignment of a lead, every round of every response, oldest activation first: "
            + "answers \"why did this lead go to her?\"")
    List<AssignmentView> assignmentsOfLead(@PathVariable String leadId) {
        return assignments.ofLead(leadId).stream().map(AssignmentView::of).toList();
    }
}
