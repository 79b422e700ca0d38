package io.leadflow.reactivation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Run an invocable scenario for a lead because of an event on a related record. Who asks is the authenticated
 * caller, recorded in the run's reason.
 */
record InvocationRequest(@NotBlank String scenario, @NotNull RelatedRecordType relatedRecordType,
        @NotBlank String relatedRecordId) {

    /** The records whose events may trigger an invocable reactivation. */
    enum RelatedRecordType {
        TASK, LEAD, CONTACT
    }
}
