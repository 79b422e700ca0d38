package io.leadflow.reactivation.domain.scenario;

import java.util.List;

/**
 * What {@link ScenarioValidator} found: errors make a configuration unusable, so it is refused; warnings are
 * reported and the configuration is saved anyway.
 */
public record Validation(List<Problem> errors, List<Problem> warnings) {

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
