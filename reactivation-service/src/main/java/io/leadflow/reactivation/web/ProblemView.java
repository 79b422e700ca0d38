package io.leadflow.reactivation.web;

import io.leadflow.reactivation.domain.scenario.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One thing wrong with a request, with the JSON path of the offending element. */
@Schema(name = "ConfigurationProblem", description = "One thing wrong, and where.")
record ProblemView(
        @Schema(description = "The JSON path of the offending element. For validation errors and warnings it is "
                + "relative to the configuration object; for unreadable input, relative to the request body.",
                example = "scenarios[1].lookBack") String path,
        @Schema(description = "What is wrong and what to do about it.") String message) {

    static List<ProblemView> of(List<Problem> problems) {
        return problems.stream().map(problem -> new ProblemView(problem.path(), problem.message())).toList();
    }
}
