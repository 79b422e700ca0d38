package io.leadflow.notification.persistence;

import static io.leadflow.notification.persistence.DueNotificationDocument.CLAIMS;
import static io.leadflow.notification.persistence.DueNotificationDocument.DUE_AT;
import static io.leadflow.notification.persistence.DueNotificationDocument.ID;
import static io.leadflow.notification.persistence.DueNotificationDocument.PUBLISHED_ATTEMPTS;
import static io.leadflow.notification.persistence.DueNotificationDocument.SCHEDULED_AT;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.notification.domain.DueNotifications;
import io.leadflow.notification.persistence.DueNotificationDocument.Claim;
import io.leadflow.platform.events.EventIds;
import io.leadflow.platform.mongo.IdQueries;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_due} collection. Every write names documents by {@code _id} only, one write
 * model per document in one bulk operation; the one query with another field is the poll ({@code dueAt <= now}, oldest first), which mongo-java-server answers by
 * reading the whole collection: fine, because the collection holds only pending work, and the poll runs
 * once per poll interval, not once per notification. A real MongoDB serves it from the {@code dueAt} index.
 */
@Repository
class MongoDueNotifications implements DueNotifications {

    private final MongoTemplate mongo;
    /** Names this running instance in its claims. */
    private final String instance = EventIds.random();

    MongoDueNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Set<String> register(List<NewEntry> entries, Instant now, Instant until) {
        Claim claim = new Claim(instance, now, until);
        List<DueNotificationDocument> documents = entries.stream()
                .map(entry -> DueNotificationDocument.registered(entry.notificationId(), entry.leadId(), now,
                        entry.claimed() ? Optional.of(claim) : Optional.empty()))
                .toList();
        Set<String> existing = BulkInserts.insertReportingDuplicates(mongo, DueNotificationDocument.class, documents,
                DueNotificationDocument::id);
        Set<String> registered = new HashSet<>();
        entries.stream().map(NewEntry::notificationId).filter(id -> !existing.contains(id)).forEach(registered::add);
        return registered;
    }

    @Override
    public List<String> due(Instant now, int limit) {
        return mongo.find(query(where(DUE_AT).lte(now)).with(Sort.by(DUE_AT)).limit(limit),
                        DueNotificationDocument.class).stream()
                .filter(entry -> !entry.isHeldAt(now))
                .map(DueNotificationDocument::id)
                .toList();
    }

    @Override
    public Map<String, Integer> claim(Collection<String> notificationIds, Instant now, Instant until) {
        if (notificationIds.isEmpty()) {
            return Map.of();
        }
        Claim claim = new Claim(instance, now, until);
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, DueNotificationDocument.class);
        for (String id : notificationIds) {
            bulk.updateOne(query(where(ID).is(id)), new Update().push(CLAIMS, claim).max(DUE_AT, until));
        }
        bulk.execute();
        Map<String, Integer> held = new LinkedHashMap<>();
        for (DueNotificationDocument entry : IdQueries.findAll(mongo, notificationIds, DueNotificationDocument.class)) {
            if (entry.isHeldBy(instance)) {
                held.put(entry.id(), entry.publishedAttempts());
            }
        }
        return held;
    }

    @Override
    public void settle(List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        // One delete per _id rather than one _id $in: mongo-java-server checks every document it finds
        // against the whole $in list, which costs the square of the list's length.
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, DueNotificationDocument.class);
        for (Settlement settlement : settlements) {
            Query entry = query(where(ID).is(settlement.notificationId()));
            if (settlement.nextAttemptAt() == null) {
                bulk.remove(entry);
            } else {
                bulk.updateOne(entry, new Update()
                        .set(SCHEDULED_AT, settlement.nextAttemptAt())
                        .set(DUE_AT, settlement.nextAttemptAt())
                        .set(PUBLISHED_ATTEMPTS, settlement.publishedAttempts())
                        .set(CLAIMS, List.of()));
            }
        }
        bulk.execute();
    }
}
