package io.leadflow.reactivation.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What an error answer looks like, for the OpenAPI description only: {@link ApiProblems} answers with Spring's
 * {@code ProblemDetail}, which has no description of its own properties.
 */
@Schema(name = "ErrorResponse", description = "An RFC 9457 problem detail (application/problem+json).")
record ErrorResponse(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Invalid scenario configuration") String title,
        @Schema(example = "400") int status,
        @Schema(description = "What went wrong, as a sentence.") String detail,
        @Schema(example = "/reactivation/configuration") String instance,
        @Schema(description = "Every problem, with its JSON path (400 only).") List<ProblemView> errors,
        @Schema(description = "What the validator warned about (invalid configurations only).")
        List<ProblemView> warnings) {
}
