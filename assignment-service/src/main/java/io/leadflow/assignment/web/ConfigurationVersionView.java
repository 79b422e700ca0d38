package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.routing.ConfigurationVersion;
import io.leadflow.assignment.domain.routing.Problem;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import java.util.List;

/**
 * A version of the routing configuration.
 *
 * @param warnings what the validator warned about when this version was saved (only in the answer to a change)
 */
record ConfigurationVersionView(long version, String author, String changedAt, String comment,
        RoutingConfiguration configuration, List<ProblemView> warnings) {

    static ConfigurationVersionView of(ConfigurationVersion version, List<Problem> warnings) {
        return new ConfigurationVersionView(version.version(), version.author(), version.changedAt().toString(),
                version.comment(), version.configuration(), ProblemView.of(warnings));
    }
}
