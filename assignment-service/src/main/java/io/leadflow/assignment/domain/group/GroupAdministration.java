package io.leadflow.assignment.domain.group;

import io.leadflow.access.AccessPolicy;
import io.leadflow.access.Directory;
import io.leadflow.assignment.domain.routing.RoutingConfigurations;
import io.leadflow.assignment.domain.routing.Validation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Creating, changing and deleting reassignment groups, with seed 002's permissions: the edition's permission
 * (Team Features or Manage Lead Distribution), and a scope that covers the group's user group (Entire Company,
 * or the editor's own group and its subgroups) before and after the change. Every change is validated and
 * versioned; the editor is who the caller is.
 */
public class GroupAdministration {

    private final ReassignmentGroups groups;
    private final RoutingConfigurations configurations;
    private final Directory directory;
    private final AccessPolicy access;
    private final Clock clock;

    public GroupAdministration(ReassignmentGroups groups, RoutingConfigurations configurations, Directory directory,
            AccessPolicy access, Clock clock) {
        this.groups = groups;
        this.configurations = configurations;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    /** The group's errors and warnings, nothing saved. */
    public Validation validate(ReassignmentGroup group) {
        return GroupChecks.check(group, configurations.current().configuration(), directory.groups(),
                access.edition());
    }

    /**
     * Saves the group as {@code callerId}: a new one, or a change of the version {@code expectedVersion} (null: the
     * current one).
     *
     * @throws io.leadflow.access.PermissionDeniedException when the caller may not edit the group
     * @throws InvalidGroupException with every error, nothing saved
     * @throws ConcurrentGroupChangeException when someone saved or deleted it since
     */
    public Saved save(ReassignmentGroup group, Long expectedVersion, String callerId) {
        Validation validation = validate(group);
        if (!validation.isValid()) {
            throw new InvalidGroupException(validation);
        }
        Optional<StoredGroup> existing = groups.find(group.name());
        existing.ifPresent(current -> access.requireGroupEditor(callerId, current.group().ownerGroup(),
                "reassignment group '" + group.name() + "'"));
        access.requireGroupEditor(callerId, group.ownerGroup(), "reassignment group '" + group.name() + "'");
        long current = existing.map(StoredGroup::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != current) {
            throw new ConcurrentGroupChangeException("reassignment group '" + group.name() + "' is at version "
                    + current + ", not " + expectedVersion + "; read it again and repeat the change");
        }
        StoredGroup next = new StoredGroup(group, current + 1, callerId, clock.instant());
        if (!groups.save(next, current)) {
            throw new ConcurrentGroupChangeException("reassignment group '" + group.name() + "' was changed by"
                    + " someone else meanwhile; read it again and repeat the change");
        }
        return new Saved(next, validation);
    }

    /** Deletes the group as {@code callerId}; false when there is none by that name. */
    public boolean delete(String name, String callerId) {
        Optional<StoredGroup> existing = groups.find(name);
        if (existing.isEmpty()) {
            return false;
        }
        access.requireGroupEditor(callerId, existing.get().group().ownerGroup(), "reassignment group '" + name + "'");
        if (!groups.delete(name, existing.get().version())) {
            throw new ConcurrentGroupChangeException("reassignment group '" + name + "' was changed by someone else"
                    + " meanwhile; read it again");
        }
        return true;
    }

    public Optional<StoredGroup> find(String name) {
        return groups.find(name);
    }

    public List<StoredGroup> all() {
        return groups.all();
    }

    /** Whether {@code callerId} may edit the group (for listing what an editor may change). */
    public boolean canEdit(String callerId, StoredGroup group) {
        return access.canEditGroupOf(callerId, group.group().ownerGroup());
    }

    /** A saved group, with the warnings its validation found. */
    public record Saved(StoredGroup group, Validation validation) {
    }

    /** The group has errors; nothing was saved. */
    public static class InvalidGroupException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Validation validation;

        InvalidGroupException(Validation validation) {
            super("the reassignment group has " + validation.errors().size() + " error(s); nothing was saved");
            this.validation = validation;
        }

        public Validation validation() {
            return validation;
        }
    }

    /** Someone changed the group since the caller read it. */
    public static class ConcurrentGroupChangeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConcurrentGroupChangeException(String message) {
            super(message);
        }
    }
}
