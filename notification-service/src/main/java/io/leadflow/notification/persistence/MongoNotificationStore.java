package io.leadflow.notification.persistence;

import static io.leadflow.notification.persistence.NotificationDocument.ATTEMPTS;
import static io.leadflow.notification.persistence.NotificationDocument.CLAIM_TOKEN;
import static io.leadflow.notification.persistence.NotificationDocument.CREATED_AT;
import static io.leadflow.notification.persistence.NotificationDocument.DUE_AT;
import static io.leadflow.notification.persistence.NotificationDocument.ID;
import static io.leadflow.notification.persistence.NotificationDocument.LAST_ERROR;
import static io.leadflow.notification.persistence.NotificationDocument.LEAD_ID;
import static io.leadflow.notification.persistence.NotificationDocument.NEXT_ATTEMPT_AT;
import static io.leadflow.notification.persistence.NotificationDocument.OUTCOME;
import static io.leadflow.notification.persistence.NotificationDocument.OUTCOME_PUBLISHED;
import static io.leadflow.notification.persistence.NotificationDocument.SENT_AT;
import static io.leadflow.notification.persistence.NotificationDocument.STATE;
import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.notification.domain.ClaimedNotification;
import io.leadflow.notification.domain.DeliveryLogEntry;
import io.leadflow.notification.domain.Envelope;
import io.leadflow.notification.domain.NotificationStore;
import io.leadflow.notification.domain.Outcome;
import io.leadflow.platform.events.EventIds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Notifications in the {@code notifications} collection, changed only by single-document atomic updates. */
@Repository
class MongoNotificationStore implements NotificationStore {

    private final MongoTemplate mongo;

    MongoNotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ClaimedNotification> create(Envelope envelope, String payload, Instant now, Instant leaseUntil) {
        NotificationDocument created = NotificationDocument.created(envelope, payload, now, leaseUntil,
                EventIds.random());
        try {
            mongo.insert(created);
        } catch (DuplicateKeyException redelivered) {
            return Optional.empty();
        }
        return Optional.of(created.toClaimed());
    }

    @Override
    public Optional<ClaimedNotification> claimDue(Instant now, Instant leaseUntil) {
        Query due = query(where(DUE_AT).lte(now)).with(Sort.by(DUE_AT));
        Update claim = new Update().set(DUE_AT, leaseUntil).set(CLAIM_TOKEN, EventIds.random());
        return Optional.ofNullable(
                        mongo.findAndModify(due, claim, options().returnNew(true), NotificationDocument.class))
                .map(NotificationDocument::toClaimed);
    }

    @Override
    public boolean recordOutcome(String notificationId, String claimToken, Outcome outcome) {
        Update update = new Update()
                .set(STATE, outcome.state())
                .set(ATTEMPTS, outcome.attempt())
                .set(OUTCOME, outcome)
                .set(OUTCOME_PUBLISHED, false);
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
        return mongo.updateFirst(claimed(notificationId, claimToken), update, NotificationDocument.class)
                .getMatchedCount() == 1;
    }

    @Override
    public void markPublished(String notificationId, String claimToken, Outcome outcome) {
        Update update = new Update().set(OUTCOME_PUBLISHED, true).unset(CLAIM_TOKEN);
        if (outcome.nextAttemptAt() != null) {
            update.set(DUE_AT, outcome.nextAttemptAt());
        } else {
            update.unset(DUE_AT);
        }
        mongo.updateFirst(claimed(notificationId, claimToken), update, NotificationDocument.class);
    }

    @Override
    public List<DeliveryLogEntry> deliveryLog(String leadId) {
        Query ofLead = query(where(LEAD_ID).is(leadId)).with(Sort.by(CREATED_AT, ID));
        return mongo.find(ofLead, NotificationDocument.class).stream()
                .map(NotificationDocument::toLogEntry)
                .toList();
    }

    private static Query claimed(String notificationId, String claimToken) {
        return query(where(ID).is(notificationId).and(CLAIM_TOKEN).is(claimToken));
    }
}
