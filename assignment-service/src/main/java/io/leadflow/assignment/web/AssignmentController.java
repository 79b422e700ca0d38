package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.Assignments;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views for operators: where the assignment of a response, or of every response of a lead, stands. */
@RestController
class AssignmentController {

    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping("/assignments/{responseId}")
    AssignmentView assignment(@PathVariable String responseId) {
        return assignments.find(responseId)
                .map(AssignmentView::of)
                .orElseThrow(() -> new AssignmentNotFoundException(responseId));
    }

    @GetMapping("/leads/{leadId}/assignments")
    List<AssignmentView> assignmentsOfLead(@PathVariable String leadId) {
        return assignments.ofLead(leadId).stream().map(AssignmentView::of).toList();
    }

    @ExceptionHandler
    ProblemDetail notFound(AssignmentNotFoundException unknown) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
        problem.setTitle("Assignment not found");
        return problem;
    }

    static class AssignmentNotFoundException extends RuntimeException {

        AssignmentNotFoundException(String responseId) {
            super("No assignment for response " + responseId);
        }
    }
}
