package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.group.ReassignmentGroup;
import io.leadflow.assignment.domain.group.ReassignmentGroups;
import io.leadflow.assignment.domain.group.StoredGroup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reassignment groups in MongoDB: a new group is an insert, a change a replace at the version it read. */
@Repository
class MongoReassignmentGroups implements ReassignmentGroups {

    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private final MongoTemplate mongo;
    private final JsonMapper json;

    MongoReassignmentGroups(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        // The API refuses unknown properties; a group saved before a property was retired must still load.
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Override
    public Optional<StoredGroup> find(String name) {
        return Optional.ofNullable(mongo.findById(name, GroupDocument.class)).map(this::toGroup);
    }

    @Override
    public List<StoredGroup> all() {
        return mongo.find(new Query().with(Sort.by(GroupDocument.ID)), GroupDocument.class).stream()
                .map(this::toGroup).toList();
    }

    @Override
    public boolean save(StoredGroup group, long expectedVersion) {
        GroupDocument document = new GroupDocument(group.group().name(), group.version(), group.changedBy(),
                group.changedAt(), new Document(json.convertValue(group.group(), AS_MAP)));
        if (expectedVersion == 0) {
            try {
                mongo.insert(document);
                return true;
            } catch (DuplicateKeyException createdElsewhereFirst) {
                return false;
            }
        }
        return mongo.replace(query(where(GroupDocument.ID).is(group.group().name())
                .and(GroupDocument.VERSION).is(expectedVersion)), document).getMatchedCount() == 1;
    }

    @Override
    public boolean delete(String name, long expectedVersion) {
        return mongo.remove(query(where(GroupDocument.ID).is(name).and(GroupDocument.VERSION).is(expectedVersion)),
                GroupDocument.class).getDeletedCount() == 1;
    }

    private StoredGroup toGroup(GroupDocument stored) {
        return new StoredGroup(json.convertValue(stored.group(), ReassignmentGroup.class), stored.version(),
                stored.changedBy(), stored.changedAt());
    }
}
