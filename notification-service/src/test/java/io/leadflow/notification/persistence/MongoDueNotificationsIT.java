package io.leadflow.notification.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.leadflow.notification.domain.DueNotifications.NewEntry;
import io.leadflow.notification.domain.DueNotifications.Settlement;
import io.leadflow.testsupport.LeadflowTestInfrastructure;
import io.leadflow.testsupport.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two instances sharing the due entries in mongo-java-server, which serves nothing but {@code _id} from an index. */
class MongoDueNotificationsIT {

    static final Duration LEASE = Duration.ofMinutes(1);
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    MongoClient client;
    MongoTemplate mongo;
    MongoDueNotifications instanceA;
    MongoDueNotifications instanceB;

    @BeforeEach
    void connect() {
        client = MongoClients.create(LeadflowTestInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "notification-due-test");
        instanceA = new MongoDueNotifications(mongo);
        instanceB = new MongoDueNotifications(mongo);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    static List<String> newIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "n-" + TestEvents.newLeadId()).toList();
    }

    static List<NewEntry> unclaimed(List<String> ids) {
        return ids.stream().map(id -> new NewEntry(id, "00Q-" + id, false)).toList();
    }

    @Test
    void shouldLetExactlyOneOfTwoInstancesHoldEachEntryBothClaimAtOnce() throws Exception {
        List<String> ids = newIds(50);
        instanceA.register(unclaimed(ids), NOW, NOW.plus(LEASE));
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Map<String, Integer>> wonByA = CompletableFuture.supplyAsync(() -> claimAfter(start, instanceA, ids));
        CompletableFuture<Map<String, Integer>> wonByB = CompletableFuture.supplyAsync(() -> claimAfter(start, instanceB, ids));
        start.countDown();

        Set<String> heldByA = wonByA.get().keySet();
        Set<String> heldByB = wonByB.get().keySet();
        assertThat(heldByA).filteredOn(heldByB::contains).isEmpty();
        assertThat(heldByA.size() + heldByB.size()).isEqualTo(ids.size());
        assertThat(instanceA.due(NOW.plusSeconds(1), 1000)).doesNotContainAnyElementsOf(ids);
    }

    @Test
    void shouldLeaveAClaimedEntryToItsHolderUntilTheLeaseRunsOutThenToTheNextClaimer() {
        String id = newIds(1).get(0);
        assertThat(instanceA.register(List.of(new NewEntry(id, "00Q-1", true)), NOW, NOW.plus(LEASE))).containsExactly(id);

        assertThat(instanceB.due(NOW.plusSeconds(30), 1000)).doesNotContain(id);
        assertThat(instanceB.claim(List.of(id), NOW.plusSeconds(30), NOW.plusSeconds(30).plus(LEASE))).isEmpty();
        assertThat(instanceA.claim(List.of(id), NOW.plusSeconds(40), NOW.plusSeconds(40).plus(LEASE)))
                .containsExactlyEntriesOf(Map.of(id, 0));

        Instant afterRenewedLease = NOW.plusSeconds(40).plus(LEASE);
        assertThat(instanceB.due(afterRenewedLease, 1000)).contains(id);
        assertThat(instanceB.claim(List.of(id), afterRenewedLease, afterRenewedLease.plus(LEASE)))
                .containsExactlyEntriesOf(Map.of(id, 0));
        assertThat(instanceA.claim(List.of(id), afterRenewedLease.plusSeconds(1), afterRenewedLease.plus(LEASE)))
                .isEmpty();
    }

    @Test
    void shouldKeepTheFirstEntryOfANotificationRegisteredTwice() {
        String id = newIds(1).get(0);

        assertThat(instanceA.register(List.of(new NewEntry(id, "00Q-1", true)), NOW, NOW.plus(LEASE))).containsExactly(id);
        assertThat(instanceB.register(List.of(new NewEntry(id, "00Q-1", true)), NOW, NOW.plus(LEASE))).isEmpty();

        assertThat(instanceB.claim(List.of(id), NOW.plusSeconds(1), NOW.plus(LEASE))).isEmpty();
    }

    @Test
    void shouldRescheduleASettledEntryWithItsClaimReleasedAndRemoveAFinishedOne() {
        List<String> ids = newIds(2);
        String retried = ids.get(0);
        String finished = ids.get(1);
        instanceA.register(ids.stream().map(id -> new NewEntry(id, "00Q-1", true)).toList(), NOW, NOW.plus(LEASE));
        Instant nextAttempt = NOW.plusSeconds(2);

        instanceA.settle(List.of(new Settlement(retried, nextAttempt, 1), Settlement.finished(finished)));

        assertThat(mongo.findById(finished, DueNotificationDocument.class)).isNull();
        assertThat(mongo.findById(retried, DueNotificationDocument.class))
                .isEqualTo(new DueNotificationDocument(retried, "00Q-1", nextAttempt, nextAttempt, 1, List.of()));
        assertThat(instanceB.due(nextAttempt.minusMillis(1), 1000)).doesNotContain(retried);
        assertThat(instanceB.due(nextAttempt, 1000)).contains(retried);
        // A claim read before the entry was rescheduled counts for nothing.
        assertThat(instanceB.claim(List.of(retried), NOW.plusSeconds(1), NOW.plus(LEASE))).isEmpty();
        assertThat(instanceB.claim(List.of(retried), nextAttempt, nextAttempt.plus(LEASE)))
                .containsExactlyEntriesOf(Map.of(retried, 1));
    }

    static Map<String, Integer> claimAfter(CountDownLatch start, MongoDueNotifications instance, List<String> ids) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return instance.claim(ids, NOW.plusSeconds(1), NOW.plusSeconds(1).plus(LEASE));
    }
}
