package io.leadflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.leadflow.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dispatcher against in-memory ports and a channel whose answers the test gives. */
class DeliveryDispatcherTest {

    static final Duration LEASE = Duration.ofMinutes(1);
    static final int MAX_CONCURRENT = 2;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-03T09:15:30Z"));
    /** What the dispatcher stored, published and settled, in order. */
    final List<String> steps = new CopyOnWriteArrayList<>();
    final ScriptedChannel channel = new ScriptedChannel();
    final InMemoryNotifications store = new InMemoryNotifications();
    final InMemoryDues dues = new InMemoryDues();
    final DeliveryDispatcher dispatcher = new DeliveryDispatcher(store, dues, List.of(channel), this::publish,
            new RetryPolicy(Duration.ofSeconds(2), 2, Duration.ofMinutes(5), 5), clock,
            new DeliveryDispatcher.Limits(MAX_CONCURRENT, 10, LEASE, Duration.ofSeconds(10)));

    @AfterEach
    void close() {
        channel.calls.values().forEach(call -> call.complete(DeliveryResult.delivered()));
        dispatcher.close();
    }

    @Test
    void shouldNeverHaveMoreAttemptsInFlightThanTheBound() {
        List<Delivery> five = List.of(delivery("n-1", "00Q-1"), delivery("n-2", "00Q-2"), delivery("n-3", "00Q-3"),
                delivery("n-4", "00Q-4"), delivery("n-5", "00Q-5"));

        accept(five);

        await().until(() -> channel.calls.size() == MAX_CONCURRENT);
        for (Delivery delivery : five) {
            await().until(() -> channel.calls.containsKey(delivery.notificationId()));
            channel.answer(delivery.notificationId(), DeliveryResult.delivered());
        }
        await().until(() -> steps.contains("settled n-5 finished"));
        assertThat(channel.maxInFlight.get()).isEqualTo(MAX_CONCURRENT);
        assertThat(channel.calls).containsOnlyKeys("n-1", "n-2", "n-3", "n-4", "n-5");
    }

    @Test
    void shouldAttemptALeadsNotificationsOneAtATimeInTheOrderTheyCame() {
        accept(List.of(delivery("n-1", "00Q-1"), delivery("n-2", "00Q-1"), delivery("n-3", "00Q-3"),
                delivery("n-4", "00Q-4")));
        await().until(() -> channel.started.size() == 2);

        channel.answer("n-3", DeliveryResult.delivered());

        // The free slot goes to the next lead: n-2 waits for n-1, the same lead's earlier notification.
        await().until(() -> channel.started.size() == 3);
        assertThat(channel.started).containsExactly("n-1", "n-3", "n-4");
        channel.answer("n-1", DeliveryResult.delivered());
        await().until(() -> channel.started.size() == 4);
        assertThat(channel.started).containsExactly("n-1", "n-3", "n-4", "n-2");
    }

    @Test
    void shouldStoreAnOutcomeBeforeReportingItAndReleaseTheEntryOnlyOnceItIsConfirmed() {
        accept(List.of(delivery("n-1", "00Q-1")));

        await().until(() -> channel.calls.containsKey("n-1"));
        channel.answer("n-1", DeliveryResult.retryable("HTTP 503 from http://hooks.example/alice"));

        await().until(() -> steps.size() == 3);
        assertThat(steps).containsExactly("recorded n-1 attempt 1", "published n-1 FAILED attempt 1",
                "settled n-1 next at " + clock.instant().plusSeconds(2) + " after 1 published");
    }

    @Test
    void shouldNeitherStoreNorReportAnAttemptWhoseClaimWentToAnotherInstance() {
        accept(List.of(delivery("n-1", "00Q-1")));
        await().until(() -> channel.calls.containsKey("n-1"));
        clock.advance(LEASE);
        dues.takenOver.add("n-1");

        channel.answer("n-1", DeliveryResult.delivered());
        // Handled after n-1's outcome: once it is settled, n-1's outcome was dropped.
        accept(List.of(delivery("n-2", "00Q-2")));
        await().until(() -> channel.calls.containsKey("n-2"));
        channel.answer("n-2", DeliveryResult.delivered());

        await().until(() -> steps.contains("settled n-2 finished"));
        assertThat(steps).containsExactly("recorded n-2 attempt 1", "published n-2 SENT attempt 1",
                "settled n-2 finished");
    }

    @Test
    void shouldLetAttemptsInFlightEndAndHandWaitingNotificationsBackWhenClosed() throws Exception {
        accept(List.of(delivery("n-1", "00Q-1"), delivery("n-2", "00Q-2"), delivery("n-3", "00Q-3")));
        await().until(() -> channel.calls.size() == MAX_CONCURRENT);

        CompletableFuture<Void> closed = CompletableFuture.runAsync(dispatcher::close);
        channel.answer("n-1", DeliveryResult.delivered());
        channel.answer("n-2", DeliveryResult.delivered());
        closed.get();

        assertThat(steps).containsExactlyInAnyOrder(
                "recorded n-1 attempt 1", "published n-1 SENT attempt 1", "settled n-1 finished",
                "recorded n-2 attempt 1", "published n-2 SENT attempt 1", "settled n-2 finished",
                "settled n-3 next at " + clock.instant() + " after 0 published");
        assertThat(channel.calls).doesNotContainKey("n-3");
        assertThat(dues.due(clock.instant(), 10)).containsExactly("n-3");
    }

    static Delivery delivery(String notificationId, String leadId) {
        return new Delivery(new Envelope(notificationId, "lead.assigned", "evt-" + notificationId, "corr-" + leadId,
                leadId, Assignments.ALICE, Channel.WEBHOOK, "http://hooks.example/alice", "subject"), "{}", 0);
    }

    /** As the service hands them over: stored first. */
    void accept(List<Delivery> deliveries) {
        store.insertNew(deliveries, List.of(), clock.instant());
        dispatcher.accept(deliveries, List.of());
    }

    void publish(List<RecordedOutcome> outcomes) {
        outcomes.forEach(recorded -> steps.add("published " + recorded.notificationId() + " "
                + recorded.outcome().kind() + " attempt " + recorded.outcome().attempt()));
    }

    /** A webhook whose calls stay open until the test answers them. */
    static final class ScriptedChannel implements DeliveryChannel {

        final Map<String, CompletableFuture<DeliveryResult>> calls = new ConcurrentHashMap<>();
        /** Notification ids in the order their attempts started. */
        final List<String> started = new CopyOnWriteArrayList<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();

        @Override
        public Channel channel() {
            return Channel.WEBHOOK;
        }

        @Override
        public String destinationFor(Recipient recipient) {
            return "http://hooks.example/" + recipient.id();
        }

        @Override
        public String render(Notification notification) {
            return "{}";
        }

        @Override
        public CompletableFuture<DeliveryResult> deliver(Envelope envelope, String payload) {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            CompletableFuture<DeliveryResult> call = new CompletableFuture<>();
            calls.put(envelope.notificationId(), call);
            started.add(envelope.notificationId());
            return call;
        }

        void answer(String notificationId, DeliveryResult result) {
            inFlight.decrementAndGet();
            calls.get(notificationId).complete(result);
        }
    }

    /** The delivery log in memory; records each outcome as a step. */
    final class InMemoryNotifications implements NotificationStore {

        final Map<String, StoredNotification> stored = new ConcurrentHashMap<>();

        @Override
        public Map<String, StoredNotification> findAll(Collection<String> notificationIds) {
            Map<String, StoredNotification> found = new LinkedHashMap<>();
            notificationIds.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
            return found;
        }

        @Override
        public Set<String> insertNew(List<Delivery> notifications, List<Suppression> suppressed, Instant now) {
            notifications.forEach(delivery -> stored.put(delivery.notificationId(), new StoredNotification(
                    delivery.envelope(), delivery.payload(), NotificationState.PENDING, 0, java.util.Optional.empty(),
                    now)));
            suppressed.forEach(untold -> stored.put(untold.notificationId(), new StoredNotification(
                    untold.envelope(), null, NotificationState.SUPPRESSED, 0, java.util.Optional.empty(), null)));
            return Set.of();
        }

        @Override
        public void recordOutcomes(List<RecordedOutcome> outcomes) {
            for (RecordedOutcome recorded : outcomes) {
                Outcome outcome = recorded.outcome();
                stored.computeIfPresent(recorded.notificationId(), (id, notification) -> new StoredNotification(
                        notification.envelope(), notification.payload(), outcome.state(), outcome.attempt(),
                        java.util.Optional.of(outcome), outcome.nextAttemptAt()));
                steps.add("recorded " + recorded.notificationId() + " attempt " + outcome.attempt());
            }
        }

        @Override
        public List<DeliveryLogEntry> deliveryLog(String leadId) {
            return List.of();
        }
    }

    /** Due entries in memory, all claimed by this instance unless the test says another one took them over. */
    final class InMemoryDues implements DueNotifications {

        record Entry(Instant scheduledAt, int publishedAttempts, Instant heldUntil) {
        }

        final Map<String, Entry> entries = new ConcurrentHashMap<>();
        final Set<String> takenOver = ConcurrentHashMap.newKeySet();

        @Override
        public Set<String> register(List<NewEntry> registered, Instant now, Instant until) {
            Set<String> added = new LinkedHashSet<>();
            for (NewEntry entry : registered) {
                if (entries.putIfAbsent(entry.notificationId(), new Entry(now, 0, entry.claimed() ? until : now))
                        == null) {
                    added.add(entry.notificationId());
                }
            }
            return added;
        }

        @Override
        public List<String> due(Instant now, int limit) {
            return entries.entrySet().stream()
                    .filter(entry -> !entry.getValue().scheduledAt().isAfter(now)
                            && !entry.getValue().heldUntil().isAfter(now))
                    .map(Map.Entry::getKey)
                    .limit(limit)
                    .toList();
        }

        @Override
        public Map<String, Integer> claim(Collection<String> notificationIds, Instant now, Instant until) {
            Map<String, Integer> held = new LinkedHashMap<>();
            for (String id : notificationIds) {
                Entry entry = entries.get(id);
                if (entry != null && !takenOver.contains(id)) {
                    entries.put(id, new Entry(entry.scheduledAt(), entry.publishedAttempts(), until));
                    held.put(id, entry.publishedAttempts());
                }
            }
            return held;
        }

        @Override
        public void settle(List<Settlement> settlements) {
            List<String> settled = new ArrayList<>();
            for (Settlement settlement : settlements) {
                if (settlement.nextAttemptAt() == null) {
                    entries.remove(settlement.notificationId());
                    settled.add("settled " + settlement.notificationId() + " finished");
                } else {
                    entries.put(settlement.notificationId(), new Entry(settlement.nextAttemptAt(),
                            settlement.publishedAttempts(), settlement.nextAttemptAt()));
                    settled.add("settled " + settlement.notificationId() + " next at " + settlement.nextAttemptAt()
                            + " after " + settlement.publishedAttempts() + " published");
                }
            }
            steps.addAll(settled);
        }
    }
}
