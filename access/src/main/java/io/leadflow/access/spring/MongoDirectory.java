package io.leadflow.access.spring;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.access.Directory;
import io.leadflow.access.DirectoryUser;
import io.leadflow.access.UserGroup;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The directory projection in the service's own MongoDB database. Each batch reads the documents it touches in one
 * query by id and replaces, in one bulk write, those it has a newer change for. Only the directory listener writes
 * here, and a user's (or group's) changes are all on one partition (key = its id), so no other write comes between
 * the read and the replacement.
 */
class MongoDirectory implements Directory {

    private final MongoTemplate mongo;

    MongoDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<DirectoryUser> user(String userId) {
        return Optional.ofNullable(mongo.findById(userId, DirectoryUserDocument.class))
                .map(DirectoryUserDocument::toUser);
    }

    @Override
    public Map<String, UserGroup> groups() {
        Map<String, UserGroup> groups = new HashMap<>();
        mongo.findAll(UserGroupDocument.class).forEach(stored -> groups.put(stored.groupId(), stored.toGroup()));
        return groups;
    }

    @Override
    public void usersChanged(List<DirectoryUser> users) {
        replaceNewer(users, DirectoryUser::id, DirectoryUser::since, DirectoryUserDocument.class,
                DirectoryUserDocument::of, stored -> stored.since(), DirectoryUserDocument::userId);
    }

    @Override
    public void groupsChanged(List<UserGroup> groups) {
        replaceNewer(groups, UserGroup::id, UserGroup::since, UserGroupDocument.class, UserGroupDocument::of,
                stored -> stored.since(), UserGroupDocument::groupId);
    }

    private <T, D> void replaceNewer(List<T> changes, Function<T, String> id, Function<T, Instant> since,
            Class<D> type, Function<T, D> document, Function<D, Instant> storedSince, Function<D, String> storedId) {
        Map<String, Instant> newest = new HashMap<>();
        mongo.find(query(where("_id").in(changes.stream().map(id).toList())), type)
                .forEach(stored -> newest.put(storedId.apply(stored), storedSince.apply(stored)));
        Map<String, T> newer = new LinkedHashMap<>();
        for (T change : changes) {
            Instant recorded = newest.get(id.apply(change));
            if (recorded == null || recorded.isBefore(since.apply(change))) {
                newest.put(id.apply(change), since.apply(change));
                newer.put(id.apply(change), change);
            }
        }
        if (newer.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        newer.forEach((key, change) -> bulk.replaceOne(query(where("_id").is(key)), document.apply(change),
                FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }
}
