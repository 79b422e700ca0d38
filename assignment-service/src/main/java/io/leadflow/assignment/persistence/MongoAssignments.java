package io.leadflow.assignment.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.bulk.BulkWriteError;
import io.leadflow.assignment.domain.Assignment;
import io.leadflow.assignment.domain.AssignmentMethod;
import io.leadflow.assignment.domain.AssignmentState;
import io.leadflow.assignment.domain.Assignments;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Assignments in MongoDB, read and written by {@code _id}: what the timer, owner changes and the sweeper look
 * for lives in collections that hold only what is pending (open waits in {@code engine_waits}, deadlines of open
 * offers in {@code offer_deadlines}, transitions in flight in {@code assignment_outbox}), so their cost does not
 * grow with the assignments ever made. Offers live inside their assignment, found through its offer-id index.
 */
@Repository
class MongoAssignments implements Assignments {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoAssignments(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean insert(Assignment assignment) {
        return insertAll(List.of(assignment)).isEmpty();
    }

    /**
     * One unordered insert of the whole batch, after the waits among them are recorded (a wait recorded for an
     * assignment that then fails to be stored is dropped by the timer). A duplicate key means another instance
     * stored that assignment first (a rebalance moved its partition mid-batch).
     */
    @Override
    public Set<String> insertAll(List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return Set.of();
        }
        recordWaits(assignments.stream().filter(Assignment::isWaiting).toList());
        recordDeadlines(assignments.stream().filter(Assignment::isOffered).toList());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AssignmentDocument.class);
        assignments.forEach(assignment -> bulk.insert(AssignmentDocument.of(assignment)));
        try {
            bulk.execute();
            return Set.of();
        } catch (BulkOperationException partly) {
            Set<String> storedElsewhere = new HashSet<>();
            for (BulkWriteError error : partly.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                storedElsewhere.add(assignments.get(error.getIndex()).assignmentId());
            }
            return storedElsewhere;
        }
    }

    private void recordWaits(List<Assignment> waiting) {
        if (waiting.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EngineWaitDocument.class);
        waiting.forEach(wait -> bulk.upsert(query(where(EngineWaitDocument.ID).is(wait.assignmentId())), openWait(wait)));
        bulk.execute();
    }

    /** A wait without timeout has no {@code dueAt} at all, so the timer's query ({@code dueAt <= now}) skips it. */
    private static Update openWait(Assignment wait) {
        Update update = new Update().set(EngineWaitDocument.LEAD_ID, wait.leadId())
                .set(EngineWaitDocument.PARKED_AT, wait.activatedAt());
        return wait.dueAt() == null ? update.unset(EngineWaitDocument.DUE_AT)
                : update.set(EngineWaitDocument.DUE_AT, wait.dueAt());
    }

    /** A deadline for each offered assignment, upserted: a redelivered batch writes the same ones. */
    private void recordDeadlines(List<Assignment> offered) {
        if (offered.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OfferDeadlineDocument.class);
        offered.forEach(assignment -> bulk.upsert(query(where(OfferDeadlineDocument.ID).is(assignment.assignmentId())),
                deadline(assignment)));
        bulk.execute();
    }

    private static Update deadline(Assignment offered) {
        return new Update().set(OfferDeadlineDocument.ATTEMPT, offered.attempt())
                .set(OfferDeadlineDocument.DUE_AT, offered.dueAt());
    }

    /**
     * One conditional replace decides the race. A wait is removed first, as {@link #complete} does, so a transition
     * and an owner change ending the same wait never both win. Documents stored before attempts existed have
     * none: they are at attempt 0.
     */
    @Override
    public boolean transition(Assignment from, Assignment to) {
        enterOutbox(to.assignmentId());
        if (from.isWaiting() && mongo.remove(query(where(EngineWaitDocument.ID).is(from.assignmentId())),
                EngineWaitDocument.class).getDeletedCount() == 0) {
            return false;
        }
        Criteria atAttempt = from.attempt() == 0
                ? new Criteria().orOperator(where(AssignmentDocument.ATTEMPT).is(0),
                        where(AssignmentDocument.ATTEMPT).exists(false))
                : where(AssignmentDocument.ATTEMPT).is(from.attempt());
        Query current = query(where(AssignmentDocument.ID).is(from.assignmentId())
                .and(AssignmentDocument.STATE).is(from.state()).andOperator(atAttempt));
        if (mongo.replace(current, AssignmentDocument.of(to)).getMatchedCount() == 0) {
            return false;
        }
        if (to.isOffered()) {
            recordDeadlines(List.of(to));
        } else if (from.isOffered()) {
            mongo.remove(query(where(OfferDeadlineDocument.ID).is(to.assignmentId())), OfferDeadlineDocument.class);
            if (from.round().isGroupReassignment()) {
                mongo.remove(query(where(LeadLockDocument.ID).is(from.leadId())
                        .and(LeadLockDocument.ASSIGNMENT_ID).is(from.assignmentId())), LeadLockDocument.class);
            }
        }
        return true;
    }

    @Override
    public Map<String, Assignment> withOffers(Collection<String> offerIds) {
        Map<String, Assignment> byOffer = new HashMap<>();
        if (offerIds.isEmpty()) {
            return byOffer;
        }
        Set<String> wanted = new HashSet<>(offerIds);
        mongo.find(query(where(AssignmentDocument.OFFERS + "." + StoredOffer.OFFER_ID).in(wanted)),
                AssignmentDocument.class).forEach(stored -> {
                    Assignment assignment = stored.toAssignment();
                    assignment.offers().stream().filter(offer -> wanted.contains(offer.offerId()))
                            .forEach(offer -> byOffer.put(offer.offerId(), assignment));
                });
        return byOffer;
    }

    @Override
    public List<Assignment> offeredOfLeads(Collection<String> leadIds) {
        return mongo.find(query(where(AssignmentDocument.LEAD_ID).in(leadIds)
                        .and(AssignmentDocument.STATE).is(AssignmentState.OFFERED)), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    /**
     * Reads the due deadlines, a collection that holds only open offers' deadlines, then their assignments. A
     * deadline that no longer matches its assignment (its transition died between the two writes) is corrected
     * here, and only a due one of an assignment still offered is returned.
     */
    @Override
    public List<Assignment> dueOffers(Instant now, int limit) {
        List<OfferDeadlineDocument> deadlines = mongo.find(query(where(OfferDeadlineDocument.DUE_AT).lte(now))
                .with(Sort.by(OfferDeadlineDocument.DUE_AT)).limit(limit), OfferDeadlineDocument.class);
        Map<String, Assignment> stored = findAll(deadlines.stream().map(OfferDeadlineDocument::assignmentId).toList());
        List<String> stale = new ArrayList<>();
        List<Assignment> moved = new ArrayList<>();
        List<Assignment> due = new ArrayList<>();
        for (OfferDeadlineDocument deadline : deadlines) {
            Assignment assignment = stored.get(deadline.assignmentId());
            if (assignment == null || !assignment.isOffered()) {
                stale.add(deadline.assignmentId());
            } else if (assignment.attempt() != deadline.attempt() || !assignment.dueAt().equals(deadline.dueAt())) {
                moved.add(assignment);
            }
            if (assignment != null && assignment.isOffered() && !assignment.dueAt().isAfter(now)) {
                due.add(assignment);
            }
        }
        if (!stale.isEmpty()) {
            mongo.remove(query(where(OfferDeadlineDocument.ID).in(stale)), OfferDeadlineDocument.class);
        }
        recordDeadlines(moved);
        return due;
    }

    @Override
    public void recordLateAcknowledgement(String assignmentId, String offerId, Instant at) {
        String offers = AssignmentDocument.OFFERS;
        mongo.updateFirst(query(where(AssignmentDocument.ID).is(assignmentId)
                        .and(offers + "." + StoredOffer.OFFER_ID).is(offerId)),
                Update.update(offers + ".$." + StoredOffer.LATE_ACKNOWLEDGED_AT, at), AssignmentDocument.class);
    }

    /** For manual reassignment (REST): the leads' assignments through the lead id index, the latest of each kept. */
    @Override
    public Map<String, Assignment> latestOfLeads(Collection<String> leadIds) {
        Map<String, Assignment> latest = new HashMap<>();
        if (leadIds.isEmpty()) {
            return latest;
        }
        Comparator<Assignment> order = Comparator.comparing(Assignment::activatedAt)
                .thenComparing(Assignment::updatedAt);
        mongo.find(query(where(AssignmentDocument.LEAD_ID).in(leadIds)), AssignmentDocument.class).stream()
                .map(AssignmentDocument::toAssignment)
                .forEach(assignment -> latest.merge(assignment.leadId(), assignment,
                        (a, b) -> order.compare(a, b) >= 0 ? a : b));
        return latest;
    }

    /** For offer metrics (REST), through the index on the offers' time; bounded by the window and {@code limit}. */
    @Override
    public List<Assignment> withOffersMadeBetween(Instant from, Instant to, int limit) {
        return mongo.find(query(where(AssignmentDocument.OFFERS + "." + StoredOffer.OFFERED_AT).gte(from).lt(to))
                        .limit(limit), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    @Override
    public Optional<Assignment> find(String assignmentId) {
        return Optional.ofNullable(mongo.findById(assignmentId, AssignmentDocument.class))
                .map(AssignmentDocument::toAssignment);
    }

    @Override
    public Map<String, Assignment> findAll(Collection<String> assignmentIds) {
        Map<String, Assignment> found = new HashMap<>();
        if (!assignmentIds.isEmpty()) {
            mongo.find(query(where(AssignmentDocument.ID).in(assignmentIds)), AssignmentDocument.class)
                    .forEach(stored -> found.put(stored.assignmentId(), stored.toAssignment()));
        }
        return found;
    }

    /** For people asking about one lead (REST), served by the lead id index; not on any hot or periodic path. */
    @Override
    public List<Assignment> ofLead(String leadId) {
        return mongo.find(query(where(AssignmentDocument.LEAD_ID).is(leadId))
                        .with(Sort.by(AssignmentDocument.ACTIVATED_AT)), AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    @Override
    public List<Assignment> waitsOfLeads(Collection<String> leadIds) {
        return waiting(mongo.find(query(where(EngineWaitDocument.LEAD_ID).in(leadIds)), EngineWaitDocument.class));
    }

    /**
     * Removing the open wait decides the race between an owner change and the timeout: exactly one removes it.
     * The outbox entry written first lets the sweeper finish the work of a winner that died before publishing,
     * or reopen the wait if it died before storing the outcome.
     */
    @Override
    public boolean complete(Assignment assigned) {
        enterOutbox(assigned.assignmentId());
        if (mongo.remove(query(where(EngineWaitDocument.ID).is(assigned.assignmentId())), EngineWaitDocument.class)
                .getDeletedCount() == 0) {
            return false;
        }
        mongo.updateFirst(query(where(AssignmentDocument.ID).is(assigned.assignmentId())), outcome(assigned),
                AssignmentDocument.class);
        return true;
    }

    /**
     * A claim is a user's request over REST, not a hot or periodic path: one conditional update decides it, which
     * the embedded store answers by reading the collection (a real MongoDB uses the hopper index).
     */
    @Override
    public boolean claim(Assignment claimed) {
        enterOutbox(claimed.assignmentId());
        return mongo.findAndModify(
                query(where(AssignmentDocument.ID).is(claimed.assignmentId())
                        .and(AssignmentDocument.HOPPER).is(true)
                        .and(AssignmentDocument.PUBLISHED).is(true)
                        .and(AssignmentDocument.METHOD).ne(AssignmentMethod.HOPPER_CLAIM)
                        .and(AssignmentDocument.STATE).in(AssignmentState.IN_HOPPER, AssignmentState.ASSIGNED)),
                outcome(claimed).set(AssignmentDocument.TEMPORARY_OWNER, StoredOwner.of(claimed.temporaryOwner())),
                FindAndModifyOptions.options().returnNew(true), AssignmentDocument.class) != null;
    }

    /** The hopper as users list it over REST (see {@link #claim}). */
    @Override
    public List<Assignment> claimable(int limit) {
        return mongo.find(query(claimable()).with(Sort.by(AssignmentDocument.ACTIVATED_AT)).limit(limit),
                        AssignmentDocument.class)
                .stream().map(AssignmentDocument::toAssignment).toList();
    }

    /** Hopper leads nobody claimed yet, as {@link Assignment#isClaimable} says: led by the hopper index's fields. */
    static Criteria claimable() {
        return where(AssignmentDocument.HOPPER).is(true)
                .and(AssignmentDocument.METHOD).ne(AssignmentMethod.HOPPER_CLAIM)
                .and(AssignmentDocument.PUBLISHED).is(true)
                .and(AssignmentDocument.STATE).in(AssignmentState.IN_HOPPER, AssignmentState.ASSIGNED);
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

    private void enterOutbox(String assignmentId) {
        mongo.upsert(query(where(OutboxEntryDocument.ID).is(assignmentId)),
                Update.update(OutboxEntryDocument.SINCE, clock.instant()), OutboxEntryDocument.class);
    }

    /** Reads the open waits due at {@code now}, a collection that holds only open waits. */
    @Override
    public List<Assignment> dueWaits(Instant now, int limit) {
        return waiting(mongo.find(query(where(EngineWaitDocument.DUE_AT).lte(now))
                .with(Sort.by(EngineWaitDocument.DUE_AT)).limit(limit), EngineWaitDocument.class));
    }

    /**
     * For operators (REST), from the open waits alone: those parked no later than {@code parkedBefore}, oldest
     * first. Waits stored before {@code parkedAt} was recorded have none; they sort first (they are the oldest) and
     * are read whatever {@code parkedBefore}, then judged by their assignment's activation like the others.
     */
    @Override
    public List<Assignment> openWaits(Instant parkedBefore, int limit) {
        List<EngineWaitDocument> waits = mongo.find(query(new Criteria().orOperator(
                        where(EngineWaitDocument.PARKED_AT).lte(parkedBefore),
                        where(EngineWaitDocument.PARKED_AT).exists(false)))
                .with(Sort.by(EngineWaitDocument.PARKED_AT)).limit(limit), EngineWaitDocument.class);
        return findAll(waits.stream().map(EngineWaitDocument::assignmentId).toList()).values().stream()
                .filter(Assignment::isWaiting)
                .filter(wait -> !wait.activatedAt().isAfter(parkedBefore))
                .sorted(Comparator.comparing(Assignment::activatedAt).thenComparing(Assignment::assignmentId))
                .toList();
    }

    /**
     * The assignments of these open waits that still wait, earliest due first (waits without timeout last). A wait whose assignment was
     * never stored (its batch failed and was routed again elsewhere) is dropped.
     */
    private List<Assignment> waiting(List<EngineWaitDocument> waits) {
        Map<String, Assignment> stored = findAll(waits.stream().map(EngineWaitDocument::assignmentId).toList());
        List<String> orphans = waits.stream().map(EngineWaitDocument::assignmentId)
                .filter(id -> !stored.containsKey(id)).toList();
        if (!orphans.isEmpty()) {
            mongo.remove(query(where(EngineWaitDocument.ID).in(orphans)), EngineWaitDocument.class);
        }
        return stored.values().stream().filter(Assignment::isWaiting)
                .sorted(Comparator.comparing(Assignment::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Assignments in the outbox since before {@code before}. A wait whose completion died between removing the
     * open wait and storing the outcome is reopened, so the timer or the next owner change completes it.
     */
    @Override
    public List<Assignment> stalled(Instant before) {
        List<String> ids = mongo.find(query(where(OutboxEntryDocument.SINCE).lte(before)), OutboxEntryDocument.class)
                .stream().map(OutboxEntryDocument::assignmentId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Assignment> stalled = new ArrayList<>(findAll(ids).values());
        List<Assignment> waiting = stalled.stream().filter(Assignment::isWaiting).toList();
        Set<String> open = new HashSet<>();
        mongo.find(query(where(EngineWaitDocument.ID).in(waiting.stream().map(Assignment::assignmentId).toList())),
                EngineWaitDocument.class).forEach(wait -> open.add(wait.assignmentId()));
        recordWaits(waiting.stream().filter(wait -> !open.contains(wait.assignmentId())).toList());
        recordDeadlines(stalled.stream().filter(Assignment::isOffered).toList());
        return stalled;
    }

    /** Forgets outbox entries from before {@code before}; one written since stays for its own transition. */
    @Override
    public void settled(Collection<String> assignmentIds, Instant before) {
        if (!assignmentIds.isEmpty()) {
            mongo.remove(query(where(OutboxEntryDocument.ID).in(assignmentIds)
                            .and(OutboxEntryDocument.SINCE).lte(before)),
                    OutboxEntryDocument.class);
        }
    }

    /** By {@code _id} alone: a wait's parking request has a flag of its own (see {@link AssignmentDocument}). */
    @Override
    public void markPublished(List<Assignment> published) {
        if (published.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AssignmentDocument.class);
        published.forEach(assignment -> bulk.updateOne(
                query(where(AssignmentDocument.ID).is(assignment.assignmentId())),
                Update.update(assignment.isWaiting() ? AssignmentDocument.PARKING_PUBLISHED : AssignmentDocument.PUBLISHED,
                        true)));
        bulk.execute();
    }
}
