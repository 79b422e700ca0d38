package io.leadflow.access;

import java.time.Instant;

/**
 * A user group of the company hierarchy, as the latest {@code user.group.changed} said.
 *
 * @param parentId the group it is a subgroup of (null: a top-level group)
 * @param active false once removed: it is nobody's group any more, and no longer a parent
 */
public record UserGroup(String id, String name, String parentId, boolean active, Instant since) {
}
