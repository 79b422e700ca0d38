package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.Problem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One thing wrong with a routing configuration, as the API shows it.
 *
 * @param path the JSON path of the offending element relative to the configuration object
 * @param message what is wrong and what to do about it
 */
@Schema(name = "Problem")
record ProblemView(String path, String message) {

    static List<ProblemView> of(List<Problem> problems) {
        return problems == null ? null
                : problems.stream().map(problem -> new ProblemView(problem.path(), problem.message())).toList();
    }
}
