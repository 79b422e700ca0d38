package io.leadflow.access.spring;

import io.leadflow.access.UserGroup;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A user group of the company hierarchy, by group id. */
@Document("directory_groups")
record UserGroupDocument(@Id String groupId, String name, String parentId, boolean active, Instant since) {

    static final String ID = "_id";

    static UserGroupDocument of(UserGroup group) {
        return new UserGroupDocument(group.id(), group.name(), group.parentId(), group.active(), group.since());
    }

    UserGroup toGroup() {
        return new UserGroup(groupId, name, parentId, active, since);
    }
}
