package io.leadflow.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The permission rules of seed 002. Editing lead distribution needs the edition's permission (Team Features on
 * team instances, Manage Lead Distribution on enterprise ones). A user whose scope is Entire Company edits
 * everything; one whose scope is User's Group edits only what belongs to their group or its subgroups, so
 * company-wide settings (the routing configuration, reactivation scenarios) need Entire Company. Available To
 * limits who may use a thing to users of chosen groups and their subgroups. The configured administrators have
 * every permission company-wide, so a fresh installation can be set up before the directory arrives.
 */
public class AccessPolicy {

    private final Directory directory;
    private final Edition edition;
    private final Set<String> administrators;

    public AccessPolicy(Directory directory, Edition edition, Collection<String> administrators) {
        this.directory = directory;
        this.edition = edition;
        this.administrators = Set.copyOf(administrators);
    }

    public Edition edition() {
        return edition;
    }

    /** Allows {@code callerId} to edit something that belongs to the entire company, or says what is missing. */
    public void requireCompanyWide(String callerId, String what) {
        if (administrators.contains(callerId)) {
            return;
        }
        DirectoryUser user = permitted(callerId, what);
        if (user.scope() != PermissionScope.ENTIRE_COMPANY) {
            throw new PermissionDeniedException(label(user) + " may edit lead distribution only for their user group"
                    + " (scope USERS_GROUP); " + what + " belongs to the entire company and needs the scope"
                    + " ENTIRE_COMPANY");
        }
    }

    /**
     * Allows {@code callerId} to edit something of user group {@code ownerGroupId} (null: of the entire company),
     * or says what is missing.
     */
    public void requireGroupEditor(String callerId, String ownerGroupId, String what) {
        if (administrators.contains(callerId)) {
            return;
        }
        DirectoryUser user = permitted(callerId, what);
        if (user.scope() == PermissionScope.ENTIRE_COMPANY) {
            return;
        }
        if (ownerGroupId == null || user.groupId() == null || !isWithin(ownerGroupId, user.groupId())) {
            throw new PermissionDeniedException(label(user) + " may edit lead distribution only for their user group "
                    + group(user.groupId()) + " and its subgroups (scope USERS_GROUP); " + what + " belongs to "
                    + (ownerGroupId == null ? "the entire company" : group(ownerGroupId)));
        }
    }

    /** Whether {@code callerId} may edit something of user group {@code ownerGroupId}: {@link #requireGroupEditor}. */
    public boolean canEditGroupOf(String callerId, String ownerGroupId) {
        try {
            requireGroupEditor(callerId, ownerGroupId, "it");
            return true;
        } catch (PermissionDeniedException refused) {
            return false;
        }
    }

    /**
     * Whether {@code callerId} may use something Available To these user groups: everyone when there are none (or
     * on team instances, which have no Available To), else users of one of them or of a subgroup, and the
     * administrators.
     */
    public boolean isAvailableTo(String callerId, Collection<String> availableTo) {
        if (availableTo.isEmpty() || edition == Edition.TEAM || administrators.contains(callerId)) {
            return true;
        }
        Optional<DirectoryUser> user = directory.user(callerId).filter(DirectoryUser::active);
        if (user.isEmpty() || user.get().groupId() == null) {
            return false;
        }
        return availableTo.stream().anyMatch(group -> isWithin(user.get().groupId(), group));
    }

    /** Whether {@code groupId} is {@code ancestorId} or one of its subgroups, however deep. */
    public boolean isWithin(String groupId, String ancestorId) {
        Map<String, UserGroup> groups = directory.groups();
        Set<String> seen = new HashSet<>();
        String current = groupId;
        while (current != null && seen.add(current)) {
            if (current.equals(ancestorId)) {
                return true;
            }
            UserGroup group = groups.get(current);
            current = group == null || !group.active() ? null : group.parentId();
        }
        return false;
    }

    private DirectoryUser permitted(String callerId, String what) {
        Permission needed = edition.editsDistribution();
        DirectoryUser user = directory.user(callerId).orElseThrow(() -> new PermissionDeniedException("user "
                + callerId + " is not in leadflow's directory (user.changed), so they have no permissions; "
                + what + " needs the permission " + needed));
        if (!user.has(needed)) {
            throw new PermissionDeniedException(label(user) + " lacks the permission " + needed + ", which " + what
                    + " needs on " + edition.name().toLowerCase(java.util.Locale.ROOT) + " instances"
                    + (user.active() ? "" : " (the user is no longer active)"));
        }
        return user;
    }

    private String group(String groupId) {
        if (groupId == null) {
            return "(none)";
        }
        UserGroup group = directory.groups().get(groupId);
        return group == null || group.name() == null ? "'" + groupId + "'" : "'" + group.name() + "' (" + groupId + ")";
    }

    private static String label(DirectoryUser user) {
        return "user " + (user.name() == null ? user.id() : user.name() + " (" + user.id() + ")");
    }
}
