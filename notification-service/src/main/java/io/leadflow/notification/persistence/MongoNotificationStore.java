package io.leadflow.notification.persistence;

import static io.leadflow.notification.persistence.NotificationDocument.ATTEMPTS;
import static io.leadflow.notification.persistence.NotificationDocument.CREATED_AT;
import static io.leadflow.notification.persistence.NotificationDocument.ID;
import static io.leadflow.notification.persistence.NotificationDocument.LAST_ERROR;
import static io.leadflow.notification.persistence.NotificationDocument.LEAD_ID;
import static io.leadflow.notification.persistence.NotificationDocument.NEXT_ATTEMPT_AT;
import static io.leadflow.notification.persistence.NotificationDocument.OUTCOME;
import static io.leadflow.notification.persistence.NotificationDocument.SENT_AT;
import static io.leadflow.notification.persistence.NotificationDocument.STATE;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.notification.domain.Delivery;
import io.leadflow.notification.domain.DeliveryLogEntry;
import io.leadflow.notification.domain.NotificationStore;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.notification.domain.RecordedOutcome;
import io.leadflow.notification.domain.StoredNotification;
import io.leadflow.notification.domain.Suppression;
import io.leadflow.platform.mongo.IdQueries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code notifications} collection, read and written by {@code _id} only on the delivery path: one
 * {@code _id $in} query, one bulk insert (suppressed notifications included) and one bulk update per batch of
 * notifications. A suppressed notification stored for the first time is counted in {@value #NOTIFICATIONS_METRIC}
 * with outcome {@code suppressed} (the other outcomes are counted as they are published).
 */
@Repository
class MongoNotificationStore implements NotificationStore {

    static final String NOTIFICATIONS_METRIC = "leadflow.notifications";

    private final MongoTemplate mongo;
    private final MeterRegistry meters;

    MongoNotificationStore(MongoTemplate mongo, MeterRegistry meters) {
        this.mongo = mongo;
        this.meters = meters;
    }

    @Override
    public Map<String, StoredNotification> findAll(Collection<String> notificationIds) {
        return IdQueries.findAll(mongo, notificationIds, NotificationDocument.class).stream()
                .map(NotificationDocument::toStored)
                .collect(Collectors.toMap(StoredNotification::notificationId, Function.identity()));
    }

    @Override
    public Set<String> insertNew(List<Delivery> notifications, List<Suppression> suppressed, Instant now) {
        List<NotificationDocument> created = Stream.concat(
                notifications.stream()
                        .map(delivery -> NotificationDocument.created(delivery.envelope(), delivery.payload(), now)),
                suppressed.stream().map(suppression -> NotificationDocument.suppressed(suppression, now)))
                .toList();
        Set<String> duplicates = BulkInserts.insertReportingDuplicates(mongo, NotificationDocument.class, created,
                NotificationDocument::id);
        suppressed.stream()
                .map(Suppression::envelope)
                .filter(envelope -> !duplicates.contains(envelope.notificationId()))
                .forEach(envelope -> Counter.builder(NOTIFICATIONS_METRIC)
                        .description("Notifications by channel and outcome (every attempt's outcome, and suppressed ones)")
                        .tag("channel", envelope.channel().name())
                        .tag("outcome", "suppressed")
                        .register(meters)
                        .increment());
        return duplicates;
    }

    @Override
    public void recordOutcomes(List<RecordedOutcome> outcomes) {
        BulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, NotificationDocument.class);
        for (RecordedOutcome recorded : outcomes) {
            Outcome outcome = recorded.outcome();
            Update update = new Update()
                    .set(STATE, outcome.state())
                    .set(ATTEMPTS, outcome.attempt())
                    .set(OUTCOME, outcome);
            if (outcome.kind() == Outcome.Kind.SENT) {
                update.set(SENT_AT, outcome.occurredAt());
            } else {
                update.set(LAST_ERROR, outcome.reason());
            }
            if (outcome.nextAttemptAt() != null) {
                update.set(NEXT_ATTEMPT_AT, outcome.nextAttemptAt());
            } else {
                update.unset(NEXT_ATTEMPT_AT);
            }
            bulk.updateOne(query(where(ID).is(recorded.notificationId())), update);
        }
        bulk.execute();
    }

    @Override
    public List<DeliveryLogEntry> deliveryLog(String leadId) {
        Query ofLead = query(where(LEAD_ID).is(leadId)).with(Sort.by(CREATED_AT, ID));
        return mongo.find(ofLead, NotificationDocument.class).stream()
                .map(NotificationDocument::toLogEntry)
                .toList();
    }
}
