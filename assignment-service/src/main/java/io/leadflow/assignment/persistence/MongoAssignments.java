package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Assignments;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Assignments in MongoDB; every transition is one conditional update of one document. */
@Repository
class MongoAssignments implements Assignments {

    private final MongoTemplate mongo;

    MongoAssignments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(Assignment assignment) {
        try {
            mongo.insert(AssignmentDocument.of(assignment));
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    @Override
    public Optional<Assignment> find(String responseId) {
        return Optional.ofNullable(mongo.findById(responseId, AssignmentDocument.class))
                .map(AssignmentDocument::toAssignment);
    }

    @Override
    public List<Assignment> ofLead(String leadId) {
        return mongo.find(query(where(AssignmentDocument.LEAD_ID).is(leadId))
                        .with(Sort.by(AssignmentDocument.ACTIVATED_AT)), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    @Override
    public boolean complete(Assignment assigned) {
        return mongo.findAndModify(
                query(where(AssignmentDocument.ID).is(assigned.responseId())
                        .and(AssignmentDocument.STATE).is(AssignmentState.WAITING_FOR_ENGINE)),
                outcome(assigned), FindAndModifyOptions.options().returnNew(true), AssignmentDocument.class) != null;
    }

    @Override
    public boolean claim(Assignment claimed) {
        return mongo.findAndModify(
                query(where(AssignmentDocument.ID).is(claimed.responseId())
                        .and(AssignmentDocument.HOPPER).is(true)
                        .and(AssignmentDocument.PUBLISHED).is(true)
                        .and(AssignmentDocument.METHOD).ne(AssignmentMethod.HOPPER_CLAIM)
                        .and(AssignmentDocument.STATE).in(AssignmentState.IN_HOPPER, AssignmentState.ASSIGNED)),
                outcome(claimed).set(AssignmentDocument.TEMPORARY_OWNER, StoredOwner.of(claimed.temporaryOwner())),
                FindAndModifyOptions.options().returnNew(true), AssignmentDocument.class) != null;
    }

    @Override
    public List<Assignment> claimable(int limit) {
        return mongo.find(query(where(AssignmentDocument.HOPPER).is(true)
                                .and(AssignmentDocument.PUBLISHED).is(true)
                                .and(AssignmentDocument.METHOD).ne(AssignmentMethod.HOPPER_CLAIM)
                                .and(AssignmentDocument.STATE).in(AssignmentState.IN_HOPPER, AssignmentState.ASSIGNED))
                        .with(Sort.by(AssignmentDocument.ACTIVATED_AT)).limit(limit), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    private static Update outcome(Assignment assigned) {
        AssignmentDocument stored = AssignmentDocument.of(assigned);
        return new Update()
                .set(AssignmentDocument.STATE, stored.state())
                .set(AssignmentDocument.REASON, stored.reason())
                .set(AssignmentDocument.EXPLANATION, stored.explanation())
                .set(AssignmentDocument.FINAL_OWNER, stored.finalOwner())
                .set(AssignmentDocument.METHOD, stored.method())
                .set(AssignmentDocument.ASSIGNED_AT, stored.assignedAt())
                .set(AssignmentDocument.UPDATED_AT, stored.updatedAt())
                .set(AssignmentDocument.PUBLISHED, false);
    }

    @Override
    public List<Assignment> dueWaits(Instant now, int limit) {
        return mongo.find(query(where(AssignmentDocument.STATE).is(AssignmentState.WAITING_FOR_ENGINE)
                                .and(AssignmentDocument.DUE_AT).lte(now))
                        .with(Sort.by(AssignmentDocument.DUE_AT)).limit(limit), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    @Override
    public List<Assignment> unpublished(Instant updatedBefore) {
        return mongo.find(query(where(AssignmentDocument.PUBLISHED).is(false)
                                .and(AssignmentDocument.UPDATED_AT).lte(updatedBefore)), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    @Override
    public void markPublished(Assignment assignment) {
        mongo.updateFirst(query(where(AssignmentDocument.ID).is(assignment.responseId())
                        .and(AssignmentDocument.STATE).is(assignment.state())
                        .and(AssignmentDocument.METHOD).is(assignment.method())),
                Update.update(AssignmentDocument.PUBLISHED, true), AssignmentDocument.class);
    }
}
