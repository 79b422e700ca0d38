package io.leadflow.access.spring;

import io.leadflow.access.DirectoryUser;
import io.leadflow.access.Permission;
import io.leadflow.access.PermissionScope;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user of the company directory, by user id. */
@Document("directory_users")
record DirectoryUserDocument(@Id String userId, String name, String email, String groupId,
        Set<Permission> permissions, PermissionScope scope, boolean active, Instant since) {

    static final String ID = "_id";

    static DirectoryUserDocument of(DirectoryUser user) {
        return new DirectoryUserDocument(user.id(), user.name(), user.email(), user.groupId(), user.permissions(),
                user.scope(), user.active(), user.since());
    }

    DirectoryUser toUser() {
        return new DirectoryUser(userId, name, email, groupId, permissions, scope, active, since);
    }
}
