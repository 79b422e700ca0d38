package io.leadflow.schemas;

import io.leadflow.events.LeadAcknowledged;
import io.leadflow.events.UserGroupChanged;
import io.leadflow.events.UserChanged;
import io.leadflow.events.LeadUnassignmentRequested;
import io.leadflow.events.LeadTimelineRecorded;
import io.leadflow.events.LeadLockRequested;
import io.leadflow.events.LeadAssigned;
import io.leadflow.events.LeadAssignmentRequested;
import io.leadflow.events.LeadExpired;
import io.leadflow.events.LeadOffered;
import io.leadflow.events.LeadOwnerChanged;
import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.events.NotificationFailed;
import io.leadflow.events.NotificationSent;
import io.leadflow.events.LeadUpdateRequested;
import io.leadflow.events.OpportunityChanged;
import io.leadflow.events.ReactivationRequested;
import io.leadflow.events.ResponseActivated;
import io.leadflow.events.ResponseClosed;
import io.leadflow.events.ResponseCreated;
import io.leadflow.events.ResponseReactivationDecided;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The topic catalog: the one place topic names, value types, partition counts and writers are written.
 * {@code schemas/README.md} documents each topic for the people consuming them.
 */
public final class Topics {

    /** Partitions of every topic: room for six consumer instances per service. */
    public static final int PARTITIONS = 6;

    /** Names as compile-time constants, for annotations such as {@code @KafkaListener(topics = ...)}. */
    public static final class Names {
        public static final String RESPONSE_CREATED = "response.created";
        public static final String LEAD_OWNER_CHANGED = "lead.owner.changed";
        public static final String LEAD_SCORE_CHANGED = "lead.score.changed";
        public static final String LEAD_STATUS_CHANGED = "lead.status.changed";
        public static final String OPPORTUNITY_CHANGED = "opportunity.changed";
        public static final String LEAD_ACKNOWLEDGED = "lead.acknowledged";
        public static final String USER_CHANGED = "user.changed";
        public static final String USER_GROUP_CHANGED = "user.group.changed";
        public static final String REACTIVATION_REQUESTED = "reactivation.requested";
        public static final String RESPONSE_ACTIVATED = "response.activated";
        public static final String RESPONSE_CLOSED = "response.closed";
        public static final String LEAD_ASSIGNMENT_REQUESTED = "lead.assignment.requested";
        public static final String LEAD_ASSIGNED = "lead.assigned";
        public static final String LEAD_OFFERED = "lead.offered";
        public static final String LEAD_LOCK_REQUESTED = "lead.lock.requested";
        public static final String LEAD_TIMELINE_RECORDED = "lead.timeline.recorded";
        public static final String LEAD_UNASSIGNMENT_REQUESTED = "lead.unassignment.requested";
        public static final String LEAD_EXPIRED = "lead.expired";
        public static final String RESPONSE_REACTIVATION_DECIDED = "response.reactivation.decided";
        public static final String LEAD_UPDATE_REQUESTED = "lead.update.requested";
        public static final String NOTIFICATION_SENT = "notification.sent";
        public static final String NOTIFICATION_FAILED = "notification.failed";

        private Names() {
        }
    }

    private static final String UPSTREAM = "upstream";

    public static final Topic<ResponseCreated> RESPONSE_CREATED =
            new Topic<>(Names.RESPONSE_CREATED, ResponseCreated.class, PARTITIONS, UPSTREAM);
    public static final Topic<LeadOwnerChanged> LEAD_OWNER_CHANGED =
            new Topic<>(Names.LEAD_OWNER_CHANGED, LeadOwnerChanged.class, PARTITIONS, UPSTREAM);
    public static final Topic<LeadScoreChanged> LEAD_SCORE_CHANGED =
            new Topic<>(Names.LEAD_SCORE_CHANGED, LeadScoreChanged.class, PARTITIONS, UPSTREAM);
    public static final Topic<LeadStatusChanged> LEAD_STATUS_CHANGED =
            new Topic<>(Names.LEAD_STATUS_CHANGED, LeadStatusChanged.class, PARTITIONS, UPSTREAM);
    public static final Topic<OpportunityChanged> OPPORTUNITY_CHANGED =
            new Topic<>(Names.OPPORTUNITY_CHANGED, OpportunityChanged.class, PARTITIONS, UPSTREAM);
    public static final Topic<LeadAcknowledged> LEAD_ACKNOWLEDGED =
            new Topic<>(Names.LEAD_ACKNOWLEDGED, LeadAcknowledged.class, PARTITIONS, UPSTREAM);
    public static final Topic<ReactivationRequested> REACTIVATION_REQUESTED =
            new Topic<>(Names.REACTIVATION_REQUESTED, ReactivationRequested.class, PARTITIONS, UPSTREAM);
    /** Keyed by the user id, not a lead: the company directory, which services that check permissions project. */
    public static final Topic<UserChanged> USER_CHANGED =
            new Topic<>(Names.USER_CHANGED, UserChanged.class, PARTITIONS, UPSTREAM, "userId");
    /** Keyed by the group id, not a lead: the company's user group hierarchy. */
    public static final Topic<UserGroupChanged> USER_GROUP_CHANGED =
            new Topic<>(Names.USER_GROUP_CHANGED, UserGroupChanged.class, PARTITIONS, UPSTREAM, "groupId");
    public static final Topic<ResponseActivated> RESPONSE_ACTIVATED =
            new Topic<>(Names.RESPONSE_ACTIVATED, ResponseActivated.class, PARTITIONS, "response-service");
    public static final Topic<ResponseClosed> RESPONSE_CLOSED =
            new Topic<>(Names.RESPONSE_CLOSED, ResponseClosed.class, PARTITIONS, "response-service");
    public static final Topic<LeadAssignmentRequested> LEAD_ASSIGNMENT_REQUESTED =
            new Topic<>(Names.LEAD_ASSIGNMENT_REQUESTED, LeadAssignmentRequested.class, PARTITIONS, "assignment-service");
    public static final Topic<LeadAssigned> LEAD_ASSIGNED =
            new Topic<>(Names.LEAD_ASSIGNED, LeadAssigned.class, PARTITIONS, "assignment-service");
    public static final Topic<LeadOffered> LEAD_OFFERED =
            new Topic<>(Names.LEAD_OFFERED, LeadOffered.class, PARTITIONS, "assignment-service");
    public static final Topic<LeadLockRequested> LEAD_LOCK_REQUESTED =
            new Topic<>(Names.LEAD_LOCK_REQUESTED, LeadLockRequested.class, PARTITIONS, "assignment-service");
    public static final Topic<LeadTimelineRecorded> LEAD_TIMELINE_RECORDED =
            new Topic<>(Names.LEAD_TIMELINE_RECORDED, LeadTimelineRecorded.class, PARTITIONS, "assignment-service");
    public static final Topic<LeadUnassignmentRequested> LEAD_UNASSIGNMENT_REQUESTED =
            new Topic<>(Names.LEAD_UNASSIGNMENT_REQUESTED, LeadUnassignmentRequested.class, PARTITIONS,
                    "assignment-service");
    public static final Topic<LeadExpired> LEAD_EXPIRED =
            new Topic<>(Names.LEAD_EXPIRED, LeadExpired.class, PARTITIONS, "assignment-service");
    public static final Topic<ResponseReactivationDecided> RESPONSE_REACTIVATION_DECIDED =
            new Topic<>(Names.RESPONSE_REACTIVATION_DECIDED, ResponseReactivationDecided.class, PARTITIONS,
                    "reactivation-service");
    public static final Topic<LeadUpdateRequested> LEAD_UPDATE_REQUESTED =
            new Topic<>(Names.LEAD_UPDATE_REQUESTED, LeadUpdateRequested.class, PARTITIONS, "reactivation-service");
    public static final Topic<NotificationSent> NOTIFICATION_SENT =
            new Topic<>(Names.NOTIFICATION_SENT, NotificationSent.class, PARTITIONS, "notification-service");
    public static final Topic<NotificationFailed> NOTIFICATION_FAILED =
            new Topic<>(Names.NOTIFICATION_FAILED, NotificationFailed.class, PARTITIONS, "notification-service");

    public static final List<Topic<?>> ALL = List.of(
            RESPONSE_CREATED, LEAD_OWNER_CHANGED, LEAD_SCORE_CHANGED, LEAD_STATUS_CHANGED, OPPORTUNITY_CHANGED,
            LEAD_ACKNOWLEDGED, REACTIVATION_REQUESTED, USER_CHANGED, USER_GROUP_CHANGED,
            RESPONSE_ACTIVATED, RESPONSE_CLOSED, LEAD_ASSIGNMENT_REQUESTED, LEAD_ASSIGNED, LEAD_OFFERED, LEAD_EXPIRED,
            LEAD_LOCK_REQUESTED, LEAD_TIMELINE_RECORDED, LEAD_UNASSIGNMENT_REQUESTED,
            RESPONSE_REACTIVATION_DECIDED, LEAD_UPDATE_REQUESTED, NOTIFICATION_SENT, NOTIFICATION_FAILED);

    private Topics() {
    }

    public static Optional<Topic<?>> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    @SuppressWarnings("unchecked")
    public static <V extends SpecificRecord> Optional<Topic<V>> byValueType(Class<V> valueType) {
        return ALL.stream()
                .filter(topic -> topic.valueType().equals(valueType))
                .map(topic -> (Topic<V>) topic)
                .findFirst();
    }
}
