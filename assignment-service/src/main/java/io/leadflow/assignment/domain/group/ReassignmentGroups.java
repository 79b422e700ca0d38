package io.leadflow.assignment.domain.group;

import java.util.List;
import java.util.Optional;

/** Where reassignment groups are kept, by name. */
public interface ReassignmentGroups {

    Optional<StoredGroup> find(String name);

    List<StoredGroup> all();

    /**
     * Saves the group as version {@code expectedVersion + 1} if the stored one is still at {@code expectedVersion}
     * (0: the group must not exist yet); false when someone changed it first.
     */
    boolean save(StoredGroup group, long expectedVersion);

    /** Deletes the group if it is still at {@code expectedVersion}; false when it changed or is gone. */
    boolean delete(String name, long expectedVersion);
}
