package io.leadflow.reactivation.web;

import io.leadflow.access.PermissionDeniedException;

import io.leadflow.reactivation.domain.decision.TriggerRules.UnknownScenarioException;
import io.leadflow.reactivation.domain.scenario.ScenarioSetup.ConcurrentChangeException;
import io.leadflow.reactivation.domain.scenario.ScenarioSetup.InvalidConfigurationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the API says what went wrong: RFC 9457 problem details that name the offending input. A 400 always lists
 * its problems in {@code errors}, each with the JSON path of the offending element and a message, whether the
 * body could not be read (a misspelt property, a value of the wrong type), a field of the request is missing,
 * or the configuration is invalid.
 */
@RestControllerAdvice
class ApiProblems {

    @ExceptionHandler
    ProblemDetail refused(ApiException refused) {
        return problem(refused.status(), refused.title(), refused.getMessage());
    }

    /** An authenticated caller who may not do this: the message says which permission or scope is missing. */
    @ExceptionHandler
    ProblemDetail notPermitted(PermissionDeniedException denied) {
        return problem(HttpStatus.FORBIDDEN, "Not permitted", denied.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidConfiguration(InvalidConfigurationException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid scenario configuration",
                invalid.getMessage());
        problem.setProperty("errors", ProblemView.of(invalid.validation().errors()));
        problem.setProperty("warnings", ProblemView.of(invalid.validation().warnings()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail concurrentChange(ConcurrentChangeException conflict) {
        return problem(HttpStatus.CONFLICT, "Scenario configuration changed meanwhile", conflict.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownScenario(UnknownScenarioException unknown) {
        return problem(HttpStatus.BAD_REQUEST, "Not an invocable scenario", unknown.getMessage());
    }

    /** A required field of the request (not of the configuration: the validator checks that) is missing. */
    @ExceptionHandler
    ProblemDetail invalidRequest(MethodArgumentNotValidException invalid) {
        List<ProblemView> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new ProblemView(error.getField(), error.getField() + " " + error.getDefaultMessage()))
                .sorted(Comparator.comparing(ProblemView::path)).toList();
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(ProblemView::message).collect(Collectors.joining("; "))), errors);
    }

    /** Malformed JSON, a misspelt property or a value of the wrong type: say which, and where. */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
        ProblemView error = UnreadableInput.describe(unreadable);
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Unreadable request body", error.message()),
                List.of(error));
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<ProblemView> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
