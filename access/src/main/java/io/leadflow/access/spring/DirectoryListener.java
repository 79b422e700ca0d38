package io.leadflow.access.spring;

import io.leadflow.access.Directory;
import io.leadflow.access.DirectoryUser;
import io.leadflow.access.Permission;
import io.leadflow.access.PermissionScope;
import io.leadflow.access.UserGroup;
import io.leadflow.events.UserChanged;
import io.leadflow.events.UserGroupChanged;
import io.leadflow.platform.events.InvalidEventException;
import io.leadflow.platform.kafka.IncomingBatch;
import io.leadflow.schemas.Topics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Projects the company directory from its upstream topics into the service's store, a poll at a time; a record
 * that cannot be decoded or names no user (group) goes to its dead-letter topic. A permission or scope this
 * version does not know grants nothing.
 */
class DirectoryListener {

    private final Directory directory;
    private final IncomingBatch incoming;

    DirectoryListener(Directory directory, IncomingBatch incoming) {
        this.directory = directory;
        this.incoming = incoming;
    }

    @KafkaListener(topics = Topics.Names.USER_CHANGED, batch = "true")
    void onUserChanged(List<ConsumerRecord<String, UserChanged>> records) {
        incoming.handle(records, DirectoryListener::user, directory::usersChanged);
    }

    @KafkaListener(topics = Topics.Names.USER_GROUP_CHANGED, batch = "true")
    void onUserGroupChanged(List<ConsumerRecord<String, UserGroupChanged>> records) {
        incoming.handle(records, DirectoryListener::group, directory::groupsChanged);
    }

    static DirectoryUser user(UserChanged event) {
        String userId = required(event.getUserId(), "userId", "user.changed " + event.getEventId());
        Set<Permission> permissions = event.getPermissions().stream()
                .filter(permission -> permission != io.leadflow.events.Permission.UNKNOWN)
                .map(permission -> Permission.valueOf(permission.name()))
                .collect(Collectors.toSet());
        PermissionScope scope = event.getScope() == io.leadflow.events.PermissionScope.UNKNOWN
                ? PermissionScope.USERS_GROUP : PermissionScope.valueOf(event.getScope().name());
        boolean knownScope = event.getScope() != io.leadflow.events.PermissionScope.UNKNOWN;
        return new DirectoryUser(userId, event.getName(), event.getEmail(), event.getGroupId(),
                knownScope ? permissions : Set.of(), scope, event.getActive(), event.getOccurredAt());
    }

    static UserGroup group(UserGroupChanged event) {
        String groupId = required(event.getGroupId(), "groupId", "user.group.changed " + event.getEventId());
        if (groupId.equals(event.getParentGroupId())) {
            throw new InvalidEventException("user.group.changed " + event.getEventId() + ": group " + groupId
                    + " cannot be its own parent");
        }
        return new UserGroup(groupId, event.getName(), event.getParentGroupId(), event.getActive(),
                event.getOccurredAt());
    }

    private static String required(String value, String field, String context) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(context + ": " + field + " must not be blank");
        }
        return value;
    }
}
