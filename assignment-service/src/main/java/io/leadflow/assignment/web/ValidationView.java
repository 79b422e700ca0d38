package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.Problem;
import io.leadflow.assignment.domain.routing.Validation;
import java.util.List;

/** What the validator found in a configuration: errors refuse it, warnings do not. */
record ValidationView(boolean valid, List<Problem> errors, List<Problem> warnings) {

    static ValidationView of(Validation validation) {
        return new ValidationView(validation.isValid(), validation.errors(), validation.warnings());
    }
}
