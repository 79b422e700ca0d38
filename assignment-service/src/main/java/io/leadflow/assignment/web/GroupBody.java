package io.leadflow.assignment.web;

import io.leadflow.assignment.domain.group.ReassignmentGroup;
import io.leadflow.assignment.domain.routing.CapPeriod;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.Member;
import java.time.Duration;
import java.util.List;

/**
 * A reassignment group as the API reads and shows it.
 *
 * @param ownerGroup the user group it belongs to (null: the entire company): who may edit it
 * @param availableTo user groups whose users (and subgroups') may see and use it; empty: everyone
 * @param users assignees by user ({@code userId}, optional {@code weight} and {@code cap})
 * @param tags assignees by agent tag, resolved at each distribution
 * @param claimWindow ISO-8601 duration, e.g. PT15M
 */
record GroupBody(String ownerGroup, List<String> availableTo, List<Member> users, List<String> tags,
        String defaultAssignee, Duration claimWindow, DistributionMethod method, CapPeriod capPeriod) {

    ReassignmentGroup toGroup(String name) {
        return new ReassignmentGroup(name, ownerGroup, availableTo, users, tags, defaultAssignee, claimWindow, method,
                capPeriod);
    }

    static GroupBody of(ReassignmentGroup group) {
        return new GroupBody(group.ownerGroup(), group.availableTo(), group.users(), group.tags(),
                group.defaultAssignee(), group.claimWindow(), group.method(), group.capPeriod());
    }
}
