package io.leadflow.assignment.domain.group;

import io.leadflow.access.Edition;
import io.leadflow.access.UserGroup;
import io.leadflow.assignment.domain.routing.Member;
import io.leadflow.assignment.domain.routing.Problem;
import io.leadflow.assignment.domain.routing.RoutingConfiguration;
import io.leadflow.assignment.domain.routing.RoutingUser;
import io.leadflow.assignment.domain.routing.Validation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a reassignment group before it is saved, against the routing configuration's users (assignees, the
 * default assignee, agent tags) and the company's user groups (owner, Available To). Errors refuse the group,
 * each with the JSON path of what is wrong and what to do; warnings do not.
 */
final class GroupChecks {

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private GroupChecks() {
    }

    static Validation check(ReassignmentGroup group, RoutingConfiguration configuration, Map<String, UserGroup> userGroups,
            Edition edition) {
        GroupChecks checks = new GroupChecks();
        checks.checkGroup(group, configuration, userGroups, edition);
        return new Validation(checks.errors, checks.warnings);
    }

    private void checkGroup(ReassignmentGroup group, RoutingConfiguration configuration,
            Map<String, UserGroup> userGroups, Edition edition) {
        if (group.name() == null || group.name().isBlank()) {
            errors.add(new Problem("name", "The group has no name; name it so people can choose it."));
        } else if (group.name().contains("/")) {
            errors.add(new Problem("name", "The name '" + group.name() + "' contains '/'; choose one without it (it"
                    + " is part of the group's address)."));
        }
        if (group.method() == null) {
            errors.add(new Problem("method", "The group has no distribution method; choose ROUND_ROBIN, WEIGHTED or"
                    + " LOAD_BALANCED."));
        }
        if (group.claimWindow() == null || group.claimWindow().isZero() || group.claimWindow().isNegative()) {
            errors.add(new Problem("claimWindow", "The claim window must be positive, e.g. PT15M: how long the picked"
                    + " assignee has to claim the lead before the default assignee gets it."));
        }
        checkAssignees(group, configuration);
        if (group.defaultAssignee() == null || group.defaultAssignee().isBlank()) {
            errors.add(new Problem("defaultAssignee", "The group has no default assignee; name the user who gets the"
                    + " lead when nobody claims it."));
        } else if (configuration.user(group.defaultAssignee()).isEmpty()) {
            errors.add(new Problem("defaultAssignee", "The default assignee '" + group.defaultAssignee() + "' is not"
                    + " among the routing configuration's users; add them there or name another user."));
        }
        if (group.ownerGroup() != null && !userGroups.containsKey(group.ownerGroup())) {
            warnings.add(new Problem("ownerGroup", "User group '" + group.ownerGroup() + "' is not in the directory"
                    + " (yet); only administrators with the scope ENTIRE_COMPANY can edit the group until it is."));
        }
        for (int i = 0; i < group.availableTo().size(); i++) {
            String userGroup = group.availableTo().get(i);
            if (userGroup == null || userGroup.isBlank()) {
                errors.add(new Problem("availableTo[" + i + "]", "An Available To entry is blank; name a user group"
                        + " or remove the entry."));
            } else if (!userGroups.containsKey(userGroup)) {
                warnings.add(new Problem("availableTo[" + i + "]", "User group '" + userGroup + "' is not in the"
                        + " directory (yet); nobody is in it."));
            }
        }
        if (edition == Edition.TEAM && !group.availableTo().isEmpty()) {
            warnings.add(new Problem("availableTo", "Available To is an enterprise option; on a team instance the"
                    + " group is available to everyone."));
        }
    }

    private void checkAssignees(ReassignmentGroup group, RoutingConfiguration configuration) {
        if (group.users().isEmpty() && group.tags().isEmpty()) {
            errors.add(new Problem("users", "The group has no assignees; add users, agent tags, or both."));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < group.users().size(); i++) {
            Member member = group.users().get(i);
            String path = "users[" + i + "]";
            if (member == null || member.userId() == null || member.userId().isBlank()) {
                errors.add(new Problem(path, "An assignee has no user id; name the user or remove the entry."));
                continue;
            }
            if (!seen.add(member.userId())) {
                errors.add(new Problem(path + ".userId", "User '" + member.userId() + "' is listed twice; remove one."));
            }
            if (configuration.user(member.userId()).isEmpty()) {
                errors.add(new Problem(path + ".userId", "User '" + member.userId() + "' is not among the routing"
                        + " configuration's users; add them there or remove them here."));
            }
            if (member.weight() != null && member.weight() < 1) {
                errors.add(new Problem(path + ".weight", "The weight must be at least 1."));
            }
            if (member.cap() != null && member.cap() < 1) {
                errors.add(new Problem(path + ".cap", "The cap must be at least 1 lead, or left out for no cap."));
            }
        }
        for (int i = 0; i < group.tags().size(); i++) {
            String tag = group.tags().get(i);
            if (tag == null || tag.isBlank()) {
                errors.add(new Problem("tags[" + i + "]", "An agent tag is blank; name the tag or remove the entry."));
            } else if (configuration.users().stream().filter(user -> user != null)
                    .map(RoutingUser::tags).noneMatch(tags -> tags.stream().anyMatch(tag::equalsIgnoreCase))) {
                warnings.add(new Problem("tags[" + i + "]", "No user has the tag '" + tag + "' now; tagging a user"
                        + " adds them to the group's next distributions."));
            }
        }
    }
}
