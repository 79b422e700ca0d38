package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.scenario.Validation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the validator found in a configuration: errors refuse it, warnings do not. */
@Schema(name = "Validation", description = "What the validator found: errors refuse a configuration, warnings do "
        + "not.")
record ValidationView(
        @Schema(description = "true when there is no error: the configuration would be saved.") boolean valid,
        List<ProblemView> errors,
        List<ProblemView> warnings) {

    static ValidationView of(Validation validation) {
        return new ValidationView(validation.isValid(), ProblemView.of(validation.errors()),
                ProblemView.of(validation.warnings()));
    }
}
