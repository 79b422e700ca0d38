package io.leadflow.notification;

import static io.leadflow.testsupport.TestEvents.ALICE;
import static io.leadflow.testsupport.TestEvents.leadAssigned;
import static io.leadflow.testsupport.TestEvents.newLeadId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.leadflow.events.LeadAssigned;
import io.leadflow.events.NotificationSent;
import io.leadflow.notification.StoreCommands.Command;
import io.leadflow.notification.WebhookReceiver.Request;
import io.leadflow.notification.domain.Channel;
import io.leadflow.notification.domain.NotificationState;
import io.leadflow.notification.persistence.NotificationDocument;
import io.leadflow.schemas.Topics;
import io.leadflow.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Batches of lead.assigned: many notifications delivered at once, but never more than the configured
 * {@value #MAX_CONCURRENT} calls in flight; consumption that does not wait for receivers; redeliveries and
 * poison records in the middle of a batch.
 */
class BatchedDeliveryIT extends AbstractNotificationIT {

    static final Duration QUIET = Duration.ofMillis(500);

    @Test
    void shouldDeliverABurstConcurrentlyWithinTheBoundAndNotifyEachOwnerOnce() {
        List<LeadAssigned> burst = IntStream.range(0, 200)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, ERIN).build())
                .toList();

        publishOverEveryPartition(burst);

        awaitNotificationSentAbout(burst);
        List<Request> calls = new ArrayList<>();
        for (LeadAssigned assigned : burst) {
            assertThat(webhook.requests(assigned.getLeadId())).singleElement()
                    .satisfies(call -> assertThat(call.header("Idempotency-Key")).isEqualTo(notificationId(assigned)))
                    .satisfies(calls::add);
            assertThat(probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId())).singleElement()
                    .satisfies(sent -> assertThat(sent.getNotificationId()).isEqualTo(notificationId(assigned)))
                    .satisfies(sent -> assertThat(sent.getAttempts()).isEqualTo(1));
        }
        // More than the two listener threads could make one call at a time each, never more than the bound.
        assertThat(webhook.maxConcurrency(calls)).isGreaterThan(2).isLessThanOrEqualTo(MAX_CONCURRENT);
        await().atMost(TopicProbe.PATIENCE)
                .until(() -> burst.stream().allMatch(assigned -> dueEntry(notificationId(assigned)) == null));
        assertThatEachLeadStaysAtOneCallAndOneSent(burst);
    }

    @Test
    void shouldKeepConsumingWhileASlowReceiverHoldsEveryDeliverySlot() {
        List<LeadAssigned> slow = IntStream.range(0, MAX_CONCURRENT + 4)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, SAM).build())
                .toList();
        LeadAssigned later = leadAssigned(newLeadId(), "00v-later", ALICE).build();
        List<LeadAssigned> partition = new ArrayList<>(slow);
        partition.add(later);

        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 0, partition);

        // Stored while every slot holds a call the receiver answers only after 2 s.
        await().atMost(TopicProbe.PATIENCE).until(() -> document(notificationId(later)) != null
                && requestsAbout(slow).size() == MAX_CONCURRENT);
        assertThat(requestsAbout(slow)).noneMatch(webhook::isAnswered);
        assertThat(document(notificationId(later)).state()).isEqualTo(NotificationState.PENDING);
        assertThat(dueEntry(notificationId(later))).isNotNull();
        awaitNotificationSentAbout(partition);
        for (LeadAssigned assigned : partition) {
            assertThat(probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId()))
                    .extracting(NotificationSent::getNotificationId)
                    .containsExactly(notificationId(assigned));
        }
        assertThat(webhook.maxConcurrency(requestsAbout(slow))).isLessThanOrEqualTo(MAX_CONCURRENT);
        assertThatEachLeadStaysAtOneCallAndOneSent(partition);
    }

    @Test
    void shouldCreateNothingNewWhenABatchIsDeliveredAgain() {
        List<LeadAssigned> batch = IntStream.range(0, 20)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, ALICE).build())
                .toList();
        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 1, batch);
        awaitNotificationSentAbout(batch);
        LeadAssigned after = leadAssigned(newLeadId(), "00v-after", ALICE).build();

        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 1, batch);
        // Same partition: once this one is notified, the batch delivered again before it was handled.
        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 1, List.of(after));

        probe.awaitEvent(Topics.NOTIFICATION_SENT, after.getLeadId());
        for (LeadAssigned assigned : batch) {
            assertThat(webhook.requests(assigned.getLeadId())).hasSize(1);
            assertThat(probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId())).hasSize(1);
            assertThat(mongo.find(query(where("leadId").is(assigned.getLeadId())), NotificationDocument.class))
                    .singleElement()
                    .satisfies(stored -> {
                        assertThat(stored.id()).isEqualTo(notificationId(assigned));
                        assertThat(stored.state()).isEqualTo(NotificationState.SENT);
                        assertThat(stored.attempts()).isEqualTo(1);
                    });
            assertThat(dueEntry(notificationId(assigned))).isNull();
        }
    }

    @Test
    void shouldDeadLetterAPoisonRecordInTheMiddleOfABatchAndNotifyEveryOtherOnce() {
        List<LeadAssigned> healthy = IntStream.range(0, 20)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, ALICE).build())
                .toList();
        String poisoned = newLeadId();
        byte[] garbage = "{\"leadId\": \"not avro\"}".getBytes(StandardCharsets.UTF_8);

        // All on one partition, so one poll finds the bad record between good ones.
        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 2, healthy.subList(0, 10));
        upstream.publishRawToPartition(Topics.LEAD_ASSIGNED, 2, poisoned, garbage);
        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 2, healthy.subList(10, 20));

        assertThat(probe.awaitDeadLetter(Topics.LEAD_ASSIGNED, poisoned).reason())
                .startsWith("lead.assigned: not a LeadAssigned in Avro single-object encoding");
        awaitNotificationSentAbout(healthy);
        for (LeadAssigned assigned : healthy) {
            assertThat(probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId()))
                    .extracting(NotificationSent::getNotificationId)
                    .containsExactly(notificationId(assigned));
        }
        assertThat(webhook.requests(poisoned)).isEmpty();
        assertThatEachLeadStaysAtOneCallAndOneSent(healthy);
        assertThat(probe.deadLetters(Topics.LEAD_ASSIGNED))
                .filteredOn(dead -> dead.key().equals(poisoned)
                        || healthy.stream().anyMatch(assigned -> assigned.getLeadId().equals(dead.key())))
                .hasSize(1);
    }

    @Test
    void shouldTouchEachNotificationFiveTimesInTheStoreWithBulkOperationsSharedByTheBatch() {
        List<LeadAssigned> batch = IntStream.range(0, MAX_CONCURRENT + MAX_WAITING - 8)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, ALICE).build())
                .toList();
        Set<String> ids = batch.stream().map(AbstractNotificationIT::notificationId).collect(Collectors.toSet());

        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 3, batch);

        awaitNotificationSentAbout(batch);
        // The last store operation of each: its due entry removed once notification.sent is confirmed.
        await().atMost(TopicProbe.PATIENCE).until(() -> storeCommands.naming(ids).stream()
                .filter(command -> command.name().equals("delete"))
                .flatMap(command -> command.ids().stream())
                .collect(Collectors.toSet()).containsAll(ids));
        List<Command> commands = storeCommands.naming(ids);
        for (String id : ids) {
            assertThat(commands.stream().filter(command -> command.ids().contains(id)))
                    .extracting(Command::name, Command::collection)
                    .containsExactly(
                            tuple("find", "notifications"),
                            tuple("insert", "notifications"),
                            tuple("insert", "notification_due"),
                            tuple("update", "notifications"),
                            tuple("delete", "notification_due"));
        }
        assertThat(commands).hasSizeLessThan(5 * batch.size());
    }

    @Test
    void shouldTouchEachNotificationOfARecipientWithTwoChannelsFiveTimesWithTheSameSharedOperations() {
        List<LeadAssigned> batch = IntStream.range(0, 6)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, OMAR).build())
                .toList();
        Set<String> ids = batch.stream()
                .flatMap(assigned -> Stream.of(notificationId(assigned, Channel.EMAIL), notificationId(assigned)))
                .collect(Collectors.toSet());

        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 5, batch);

        await().atMost(TopicProbe.PATIENCE).until(() -> batch.stream()
                .allMatch(assigned -> probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId()).size() == 2));
        await().atMost(TopicProbe.PATIENCE).until(() -> storeCommands.naming(ids).stream()
                .filter(command -> command.name().equals("delete"))
                .flatMap(command -> command.ids().stream())
                .collect(Collectors.toSet()).containsAll(ids));
        List<Command> commands = storeCommands.naming(ids);
        assertThat(ids).hasSize(2 * batch.size());
        for (String id : ids) {
            assertThat(commands.stream().filter(command -> command.ids().contains(id)))
                    .extracting(Command::name, Command::collection)
                    .containsExactly(
                            tuple("find", "notifications"),
                            tuple("insert", "notifications"),
                            tuple("insert", "notification_due"),
                            tuple("update", "notifications"),
                            tuple("delete", "notification_due"));
        }
        assertThat(commands).hasSizeLessThan(5 * ids.size());
        for (LeadAssigned assigned : batch) {
            assertThat(probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId()))
                    .extracting(NotificationSent::getNotificationId)
                    .containsExactly(notificationId(assigned, Channel.EMAIL), notificationId(assigned));
            assertThat(mail.received(notificationId(assigned, Channel.EMAIL))).hasSize(1);
            assertThat(webhook.requests(assigned.getLeadId())).hasSize(1);
        }
    }

    @Test
    void shouldTouchASuppressedNotificationTwiceInTheStoreWithinTheOperationsOfItsBatch() {
        List<LeadAssigned> batch = IntStream.range(0, 20)
                .mapToObj(i -> leadAssigned(newLeadId(), "00v-" + i, ALICE).setTriggerNotification(i % 2 == 0).build())
                .toList();
        List<LeadAssigned> told = batch.stream().filter(LeadAssigned::getTriggerNotification).toList();
        Set<String> untoldIds = batch.stream().filter(assigned -> !assigned.getTriggerNotification())
                .map(AbstractNotificationIT::notificationId).collect(Collectors.toSet());
        Set<String> toldIds = told.stream().map(AbstractNotificationIT::notificationId).collect(Collectors.toSet());

        upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, 4, batch);

        awaitNotificationSentAbout(told);
        // The last store operation of the told ones, which came in the same polls as the untold ones.
        await().atMost(TopicProbe.PATIENCE).until(() -> storeCommands.naming(toldIds).stream()
                .filter(command -> command.name().equals("delete"))
                .flatMap(command -> command.ids().stream())
                .collect(Collectors.toSet()).containsAll(toldIds));
        List<Command> commands = storeCommands.naming(untoldIds);
        for (String id : untoldIds) {
            assertThat(commands.stream().filter(command -> command.ids().contains(id)))
                    .extracting(Command::name, Command::collection)
                    .containsExactly(tuple("find", "notifications"), tuple("insert", "notifications"));
            assertThat(document(id).state()).isEqualTo(NotificationState.SUPPRESSED);
        }
        assertThat(commands).hasSizeLessThan(2 * untoldIds.size());
        for (LeadAssigned assigned : batch) {
            assertThat(probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId()))
                    .hasSize(assigned.getTriggerNotification() ? 1 : 0);
            assertThat(webhook.requests(assigned.getLeadId())).hasSize(assigned.getTriggerNotification() ? 1 : 0);
        }
    }

    void publishOverEveryPartition(List<LeadAssigned> events) {
        for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
            int first = partition;
            upstream.publishAllToPartition(Topics.LEAD_ASSIGNED, partition, IntStream.range(0, events.size())
                    .filter(i -> i % Topics.PARTITIONS == first)
                    .mapToObj(events::get)
                    .toList());
        }
    }

    /** Waits until every lead has had a notification.sent. */
    void awaitNotificationSentAbout(List<LeadAssigned> events) {
        await().atMost(TopicProbe.PATIENCE).until(() -> events.stream()
                .allMatch(assigned -> !probe.events(Topics.NOTIFICATION_SENT, assigned.getLeadId()).isEmpty()));
    }

    List<Request> requestsAbout(List<LeadAssigned> events) {
        return events.stream().flatMap(assigned -> webhook.requests(assigned.getLeadId()).stream()).toList();
    }

    /** For a while, each lead has had exactly one webhook call and one notification.sent, and no failure. */
    void assertThatEachLeadStaysAtOneCallAndOneSent(List<LeadAssigned> events) {
        await().during(QUIET).atMost(QUIET.plus(TopicProbe.PATIENCE)).until(() -> events.stream()
                .map(LeadAssigned::getLeadId)
                .allMatch(leadId -> webhook.requests(leadId).size() == 1
                        && probe.events(Topics.NOTIFICATION_SENT, leadId).size() == 1
                        && probe.events(Topics.NOTIFICATION_FAILED, leadId).isEmpty()));
    }
}
