package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.routing.DistributionState;
import io.leadflow.assignment.domain.routing.DistributionStates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Distribution rule states in MongoDB. Replacing one is a single-document update conditional on the version
 * read (or an insert for a rule's first pick, which the unique id arbitrates), so of instances picking for the
 * same rule at once exactly one succeeds and the others pick again from its result. The condition is on more
 * than {@code _id}, which the embedded store answers by reading the collection: that costs what the
 * collection holds, one small document per rule, and happens once per batch per rule, not per lead.
 */
@Repository
class MongoDistributionStates implements DistributionStates {

    private final MongoTemplate mongo;

    MongoDistributionStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public DistributionState load(String rule) {
        DistributionStateDocument stored = mongo.findById(rule, DistributionStateDocument.class);
        return stored == null ? DistributionState.empty(rule) : stored.toState();
    }

    @Override
    public boolean replace(DistributionState read, DistributionState next) {
        DistributionStateDocument document = DistributionStateDocument.of(next);
        if (read.version() == 0) {
            try {
                mongo.insert(document);
                return true;
            } catch (DuplicateKeyException pickedFirstElsewhere) {
                return false;
            }
        }
        Update replacement = new Update()
                .set(DistributionStateDocument.VERSION, document.version())
                .set(DistributionStateDocument.TALLIES, document.tallies())
                .set(DistributionStateDocument.RECENT_PICKS, document.recentPicks())
                .set(DistributionStateDocument.UNCONFIRMED_PICKS, document.unconfirmedPicks());
        return mongo.updateFirst(query(where(DistributionStateDocument.ID).is(read.rule())
                                .and(DistributionStateDocument.VERSION).is(read.version())),
                        replacement, DistributionStateDocument.class)
                .getModifiedCount() == 1;
    }
}
