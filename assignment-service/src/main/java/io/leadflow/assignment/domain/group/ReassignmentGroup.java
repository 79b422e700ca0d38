package io.leadflow.assignment.domain.group;

import io.leadflow.assignment.domain.routing.CapPeriod;
import io.leadflow.assignment.domain.routing.DistributionMethod;
import io.leadflow.assignment.domain.routing.Member;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A reassignment group (seed 002): leads already in the system that a person sends here are distributed to its
 * assignees, one at a time by the group's method, and offered to the one picked, who claims it within the claim
 * window; if they do not, the default assignee gets it.
 *
 * @param name how people choose the group; unique
 * @param ownerGroup the user group the reassignment group belongs to (null: the entire company): who may edit it
 * @param availableTo the user groups whose users (and their subgroups') may see and use it (empty: everyone)
 * @param users assignees by user, in order (weights and caps as in a distribution rule)
 * @param tags assignees by agent tag: every user of the routing configuration with one of these tags at the time
 *     of distribution, after {@code users}, in the configuration's order
 * @param defaultAssignee the user who gets the lead when nobody claims it in time
 * @param claimWindow how long the picked assignee has to claim the lead
 * @param method ROUND_ROBIN, WEIGHTED or LOAD_BALANCED, as in routing
 * @param capPeriod what the assignees' caps count over (null: DAY)
 */
public record ReassignmentGroup(String name, String ownerGroup, List<String> availableTo, List<Member> users,
        List<String> tags, String defaultAssignee, Duration claimWindow, DistributionMethod method,
        CapPeriod capPeriod) {

    public ReassignmentGroup {
        availableTo = copy(availableTo);
        users = copy(users);
        tags = copy(tags);
    }

    /** The name of the distribution state the group's turns are counted in (never that of a routing rule). */
    public String distributionKey() {
        return "reassignment-group:" + name;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
