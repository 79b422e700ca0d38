package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.group.LeadLocks;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Locks in MongoDB: an insert by lead id decides which of concurrent distributions takes the lead. */
@Repository
class MongoLeadLocks implements LeadLocks {

    private final MongoTemplate mongo;

    MongoLeadLocks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A lock released between our failed insert and our read is tried once more. */
    @Override
    public Optional<Lock> acquire(Lock lock) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                mongo.insert(new LeadLockDocument(lock.leadId(), lock.assignmentId(), lock.group(), lock.lockedBy(),
                        lock.since()));
                return Optional.empty();
            } catch (DuplicateKeyException held) {
                LeadLockDocument current = mongo.findById(lock.leadId(), LeadLockDocument.class);
                if (current != null) {
                    return current.assignmentId().equals(lock.assignmentId()) ? Optional.empty()
                            : Optional.of(toLock(current));
                }
            }
        }
        return Optional.ofNullable(mongo.findById(lock.leadId(), LeadLockDocument.class)).map(MongoLeadLocks::toLock);
    }

    @Override
    public void release(String leadId, String assignmentId) {
        mongo.remove(query(where(LeadLockDocument.ID).is(leadId).and(LeadLockDocument.ASSIGNMENT_ID).is(assignmentId)),
                LeadLockDocument.class);
    }

    @Override
    public Map<String, Lock> held(Collection<String> leadIds) {
        Map<String, Lock> held = new HashMap<>();
        if (!leadIds.isEmpty()) {
            mongo.find(query(where(LeadLockDocument.ID).in(leadIds)), LeadLockDocument.class)
                    .forEach(stored -> held.put(stored.leadId(), toLock(stored)));
        }
        return held;
    }

    private static Lock toLock(LeadLockDocument stored) {
        return new Lock(stored.leadId(), stored.assignmentId(), stored.group(), stored.lockedBy(), stored.since());
    }
}
