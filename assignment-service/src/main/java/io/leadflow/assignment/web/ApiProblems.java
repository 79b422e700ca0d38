package io.leadflow.assignment.web;

import io.leadflow.access.PermissionDeniedException;
import io.leadflow.assignment.domain.group.GroupAdministration;
import io.leadflow.assignment.domain.routing.RoutingSetup.ConcurrentChangeException;
import io.leadflow.assignment.domain.routing.RoutingSetup.InvalidConfigurationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the API says what went wrong: RFC 9457 problem details that name the offending input. */
@RestControllerAdvice
class ApiProblems {

    @ExceptionHandler
    ProblemDetail refused(ApiException refused) {
        return problem(refused.status(), refused.title(), refused.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidConfiguration(InvalidConfigurationException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid routing configuration",
                invalid.getMessage());
        problem.setProperty("errors", ProblemView.of(invalid.validation().errors()));
        problem.setProperty("warnings", ProblemView.of(invalid.validation().warnings()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(ConcurrentChangeException conflict) {
        return problem(HttpStatus.CONFLICT, "Routing configuration changed meanwhile", conflict.getMessage());
    }

    /** An authenticated caller who may not do this: the message says which permission or scope is missing. */
    @ExceptionHandler
    ProblemDetail notPermitted(PermissionDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted", denied.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidGroup(GroupAdministration.InvalidGroupException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid reassignment group", invalid.getMessage());
        problem.setProperty("errors", ProblemView.of(invalid.validation().errors()));
        problem.setProperty("warnings", ProblemView.of(invalid.validation().warnings()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentGroupChange(GroupAdministration.ConcurrentGroupChangeException conflict) {
        return problem(HttpStatus.CONFLICT, "Reassignment group changed meanwhile", conflict.getMessage());
    }

    /** Malformed JSON, a misspelt property or a value of the wrong type: say which, not just "bad request". */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getMostSpecificCause();
        String message = cause.getMessage() == null ? unreadable.getMessage() : cause.getMessage();
        int sourceSnippet = message.indexOf("\n");
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                sourceSnippet < 0 ? message : message.substring(0, sourceSnippet));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
