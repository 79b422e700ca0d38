package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.Validation;
import java.util.List;

/** What the validator found in a configuration: errors refuse it, warnings do not. */
record ValidationView(boolean valid, List<ProblemView> errors, List<ProblemView> warnings) {

    static ValidationView of(Validation validation) {
        return new ValidationView(validation.isValid(), ProblemView.of(validation.errors()),
                ProblemView.of(validation.warnings()));
    }
}
