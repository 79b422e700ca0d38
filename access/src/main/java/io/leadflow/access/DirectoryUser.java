package io.leadflow.access;

import java.time.Instant;
import java.util.Set;

/**
 * A person of the company directory, as the latest {@code user.changed} said.
 *
 * @param groupId their user group (null: none)
 * @param active false once they left: they keep no permission
 * @param since when the directory last changed them (older changes are ignored)
 */
public record DirectoryUser(String id, String name, String email, String groupId, Set<Permission> permissions,
        PermissionScope scope, boolean active, Instant since) {

    public DirectoryUser {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return active && permissions.contains(permission);
    }
}
