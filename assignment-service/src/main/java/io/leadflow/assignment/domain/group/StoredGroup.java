package io.leadflow.assignment.domain.group;

import java.time.Instant;

/**
 * A reassignment group as saved, with its version (a change names the version it replaces, so two editors never
 * overwrite each other) and who changed it last.
 */
public record StoredGroup(ReassignmentGroup group, long version, String changedBy, Instant changedAt) {
}
