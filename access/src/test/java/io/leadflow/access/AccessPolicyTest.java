package io.leadflow.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The company: West (with its subgroup West/Seattle) and East. Wendy administers West, Sam administers Seattle,
 * Carl administers the entire company, Tina has the team permission only, Vera is an agent in Seattle.
 */
class AccessPolicyTest {

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final AccessPolicy enterprise = new AccessPolicy(directory, Edition.ENTERPRISE, List.of("root"));

    AccessPolicyTest() {
        directory.groupsChanged(List.of(group("west", null), group("seattle", "west"), group("east", null)));
        directory.usersChanged(List.of(
                user("wendy", "west", PermissionScope.USERS_GROUP, Permission.MANAGE_LEAD_DISTRIBUTION),
                user("sam", "seattle", PermissionScope.USERS_GROUP, Permission.MANAGE_LEAD_DISTRIBUTION),
                user("carl", "east", PermissionScope.ENTIRE_COMPANY, Permission.MANAGE_LEAD_DISTRIBUTION),
                user("tina", "west", PermissionScope.ENTIRE_COMPANY, Permission.TEAM_FEATURES),
                user("vera", "seattle", PermissionScope.USERS_GROUP)));
    }

    @Test
    void shouldLetUsersOfAGroupScopeEditTheirGroupAndItsSubgroupsOnly() {
        assertThat(enterprise.canEditGroupOf("wendy", "west")).isTrue();
        assertThat(enterprise.canEditGroupOf("wendy", "seattle")).isTrue();
        assertThat(enterprise.canEditGroupOf("wendy", "east")).isFalse();
        assertThat(enterprise.canEditGroupOf("sam", "west")).isFalse();
        assertThat(enterprise.canEditGroupOf("carl", "west")).isTrue();
        assertThat(enterprise.canEditGroupOf("root", "east")).isTrue();
    }

    @Test
    void shouldSayWhichPermissionOrScopeIsMissing() {
        assertThatThrownBy(() -> enterprise.requireGroupEditor("sam", "west", "group 'Closers'"))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessage("user sam may edit lead distribution only for their user group 'seattle' and its"
                        + " subgroups (scope USERS_GROUP); group 'Closers' belongs to 'west'");
        assertThatThrownBy(() -> enterprise.requireCompanyWide("tina", "the routing configuration"))
                .hasMessage("user tina lacks the permission MANAGE_LEAD_DISTRIBUTION, which the routing configuration"
                        + " needs on enterprise instances");
        assertThatThrownBy(() -> enterprise.requireCompanyWide("wendy", "the routing configuration"))
                .hasMessageContaining("needs the scope ENTIRE_COMPANY");
        assertThatThrownBy(() -> enterprise.requireCompanyWide("nobody", "the routing configuration"))
                .hasMessageStartingWith("user nobody is not in leadflow's directory");
    }

    @Test
    void shouldAskForTeamFeaturesOnTeamInstances() {
        AccessPolicy team = new AccessPolicy(directory, Edition.TEAM, List.of());

        team.requireCompanyWide("tina", "the routing configuration");
        assertThatThrownBy(() -> team.requireCompanyWide("carl", "the routing configuration"))
                .hasMessageContaining("lacks the permission TEAM_FEATURES");
    }

    @Test
    void shouldMakeAThingAvailableToUsersOfItsGroupsAndTheirSubgroups() {
        assertThat(enterprise.isAvailableTo("vera", List.of("west"))).isTrue();
        assertThat(enterprise.isAvailableTo("vera", List.of("east"))).isFalse();
        assertThat(enterprise.isAvailableTo("vera", List.of())).isTrue();
        assertThat(enterprise.isAvailableTo("stranger", List.of("west"))).isFalse();
        assertThat(new AccessPolicy(directory, Edition.TEAM, List.of()).isAvailableTo("vera", List.of("east")))
                .isTrue();
    }

    @Test
    void shouldTakeNothingFromAUserWhoLeftOrAnOlderChange() {
        directory.usersChanged(List.of(new DirectoryUser("wendy", null, null, "west",
                Set.of(Permission.MANAGE_LEAD_DISTRIBUTION), PermissionScope.USERS_GROUP, false,
                Instant.parse("2026-11-02T00:00:00Z"))));

        assertThat(enterprise.canEditGroupOf("wendy", "west")).isFalse();
    }

    private static UserGroup group(String id, String parent) {
        return new UserGroup(id, null, parent, true, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static DirectoryUser user(String id, String group, PermissionScope scope, Permission... permissions) {
        return new DirectoryUser(id, null, null, group, Set.of(permissions), scope, true,
                Instant.parse("2026-11-01T00:00:00Z"));
    }

    /** Keeps the newest change of each user and group, as the store does. */
    private static final class InMemoryDirectory implements Directory {

        private final Map<String, DirectoryUser> users = new HashMap<>();
        private final Map<String, UserGroup> groups = new HashMap<>();

        @Override
        public Optional<DirectoryUser> user(String userId) {
            return Optional.ofNullable(users.get(userId));
        }

        @Override
        public Map<String, UserGroup> groups() {
            return Map.copyOf(groups);
        }

        @Override
        public void usersChanged(List<DirectoryUser> changed) {
            changed.forEach(user -> users.merge(user.id(), user,
                    (old, next) -> old.since().isBefore(next.since()) ? next : old));
        }

        @Override
        public void groupsChanged(List<UserGroup> changed) {
            changed.forEach(group -> groups.merge(group.id(), group,
                    (old, next) -> old.since().isBefore(next.since()) ? next : old));
        }
    }
}
