package io.leadflow.notification.domain;

import io.leadflow.notification.domain.DueNotifications.NewEntry;
import io.leadflow.notification.domain.DueNotifications.Settlement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers notifications concurrently, at most {@code maxConcurrent} attempts at once, without a thread per
 * attempt: channels deliver asynchronously and report back here.
 *
 * <p>Work arrives two ways. New notifications are handed over in memory as soon as they are stored
 * ({@link #accept}), so at low load nothing waits for a poll. Everything else that is due (retries whose
 * time has come, outcomes a crash left unpublished, notifications a crashed instance had claimed, and new
 * ones that did not fit in memory) is found by {@link #requestPoll() polling} the due entries.
 *
 * <p>Every notification this instance works on is claimed in {@link DueNotifications} for a lease, so no
 * other instance attempts it meanwhile. Before an attempt starts, the claim must have enough time left for
 * the attempt and for storing its outcome; claims of notifications that wait long for their turn are
 * renewed, and a notification whose claim was lost to another instance is dropped here.
 *
 * <p>Finished attempts are worked off in groups on one worker thread: outcomes stored with one bulk write,
 * their events published together and confirmed, then the due entries removed or rescheduled with one bulk
 * write. An outcome is stored before its event is published, and the due entry stays claimed until the
 * event is confirmed: whatever crashes in between, the next holder of the entry publishes the same event
 * again (same event id) and goes on from there.
 *
 * <p>A lead's notifications are attempted one at a time, in the order they were handed over, so an owner
 * reads them in the order the facts happened (a retry may still come after a later notification).
 */
public class DeliveryDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    /** Due entries claimed per poll at most; with room for more, the next poll follows at once. */
    static final int POLL_BATCH = 500;

    /**
     * @param maxConcurrent attempts in flight at once, at most
     * @param maxWaiting notifications held in memory waiting for their attempt, beyond those in flight;
     *     more new ones stay in the store, due, until there is room
     * @param claimLease how long a claim keeps other instances away; renewed while a notification waits
     * @param attemptTime the longest one attempt can take (a connect and an answer time-out); shorter than
     *     the lease
     */
    public record Limits(int maxConcurrent, int maxWaiting, Duration claimLease, Duration attemptTime) {

        public Limits {
            if (claimLease.compareTo(attemptTime) <= 0) {
                throw new IllegalArgumentException("The claim lease must be longer than an attempt can take");
            }
        }

        /** Time a claim must have left to start an attempt: the attempt, then half of the rest to finish. */
        Duration leftToStart() {
            return claimLease.plus(attemptTime).dividedBy(2);
        }

        /** Time a claim must have left to store or settle an outcome without renewing it first. */
        Duration leftToFinish() {
            return claimLease.minus(attemptTime).dividedBy(4);
        }
    }

    /** One attempt that is over, waiting for its outcome to be stored and reported. */
    private record Attempt(Delivery delivery, DeliveryResult result, Instant endedAt) {
    }

    private final NotificationStore store;
    private final DueNotifications dues;
    private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);
    private final OutcomePublisher publisher;
    private final RetryPolicy retryPolicy;
    private final Clock clock;
    private final Limits limits;

    private final Object lock = new Object();
    /** Held and waiting for an attempt, in the order handed over. Guarded by {@link #lock}. */
    private final Deque<Delivery> waiting = new ArrayDeque<>();
    /** Leads with an attempt in flight (or a claim being renewed). Guarded by {@link #lock}. */
    private final Set<String> busyLeads = new HashSet<>();
    /** Notification id to the end of this instance's claim, for every notification it holds. Guarded. */
    private final Map<String, Instant> held = new HashMap<>();
    /** Guarded by {@link #lock}. */
    private int inFlight;
    /** Room promised to new notifications that are being registered. Guarded by {@link #lock}. */
    private int reserved;
    /** Set once {@link #close()} began: no attempt starts any more. Guarded by {@link #lock}. */
    private boolean closing;

    private final Queue<Attempt> ended = new ConcurrentLinkedQueue<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notification-dispatcher");
        thread.setDaemon(true);
        return thread;
    });
    private final ThreadLocal<Boolean> pumping = ThreadLocal.withInitial(() -> false);
    private final ThreadLocal<Boolean> pumpAgain = ThreadLocal.withInitial(() -> false);
    private final AtomicBoolean finishQueued = new AtomicBoolean();
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    /** Whether the store may hold due work this instance has not taken yet; true at start-up. */
    private volatile boolean moreDue = true;

    public DeliveryDispatcher(NotificationStore store, DueNotifications dues, List<DeliveryChannel> channels,
            OutcomePublisher publisher, RetryPolicy retryPolicy, Clock clock, Limits limits) {
        this.store = store;
        this.dues = dues;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.publisher = publisher;
        this.retryPolicy = retryPolicy;
        this.clock = clock;
        this.limits = limits;
    }

    /**
     * Registers due entries for notifications just stored, claiming those there is room for, and starts
     * their attempts. Returns once the entries are stored, before any attempt ends.
     *
     * @param created notifications this call's caller has just stored
     * @param untouched notifications stored before and never attempted: each gets its entry back if a crash
     *     lost it, and is then attempted here
     */
    public void accept(List<Delivery> created, List<Delivery> untouched) {
        if (created.isEmpty() && untouched.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(limits.claimLease());
        int room = reserve(created.size());
        List<NewEntry> entries = new ArrayList<>(created.size() + untouched.size());
        for (int i = 0; i < created.size(); i++) {
            Delivery delivery = created.get(i);
            entries.add(new NewEntry(delivery.notificationId(), delivery.leadId(), i < room));
        }
        // Claimed by this instance, so nobody else acts on an entry this call may have to take back.
        untouched.forEach(delivery -> entries.add(new NewEntry(delivery.notificationId(), delivery.leadId(), true)));
        Set<String> registered;
        try {
            registered = dues.register(entries, now, until);
        } catch (RuntimeException e) {
            unreserve(room);
            throw e;
        }
        List<Delivery> mine = created.subList(0, room).stream()
                .filter(delivery -> registered.contains(delivery.notificationId()))
                .toList();
        synchronized (lock) {
            reserved -= room;
            mine.forEach(delivery -> held.put(delivery.notificationId(), until));
            waiting.addAll(mine);
        }
        if (room < created.size()) {
            moreDue = true;
        }
        List<String> restored = untouched.stream()
                .map(Delivery::notificationId)
                .filter(registered::contains)
                .toList();
        if (!restored.isEmpty()) {
            takeRestored(restored, until);
        }
        pump();
    }

    /**
     * An entry registered again for a notification found untouched: either a crash had lost it (attempt the
     * notification), or the notification was attempted in the meantime and its entry removed (remove the
     * one just registered again, so nobody reports that outcome twice).
     */
    private void takeRestored(List<String> restored, Instant until) {
        synchronized (lock) {
            restored.forEach(id -> held.put(id, until));
        }
        List<Delivery> attempt = new ArrayList<>();
        List<Settlement> settle = new ArrayList<>();
        try {
            Map<String, StoredNotification> stored = store.findAll(restored);
            for (String id : restored) {
                StoredNotification notification = stored.get(id);
                if (notification != null && notification.isUntouched()) {
                    log.info("Notification {} was stored but its due entry was lost; attempting it now", id);
                    attempt.add(notification.toDelivery());
                } else {
                    settle.add(Settlement.finished(id));
                }
            }
            if (!settle.isEmpty()) {
                dues.settle(settle);
            }
        } catch (RuntimeException e) {
            // Claimed here until the lease runs out; then any instance's poller takes them.
            release(restored);
            throw e;
        }
        release(settle.stream().map(Settlement::notificationId).toList());
        synchronized (lock) {
            waiting.addAll(attempt);
        }
    }

    /** Looks for due work in the store soon, on the worker thread; calls made meanwhile coalesce. */
    public void requestPoll() {
        if (pollQueued.compareAndSet(false, true)) {
            run(this::poll);
        }
    }

    /**
     * Stops gracefully: starts no new attempt, lets those in flight end (at most one attempt's time) and
     * reports them, and hands the notifications still waiting back to the store, due now, so that the next
     * instance to poll takes them at once rather than when their claims run out.
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + limits.attemptTime().toNanos();
        List<Delivery> handBack;
        synchronized (lock) {
            closing = true;
            try {
                while (inFlight > 0 && System.nanoTime() < deadline) {
                    lock.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handBack = List.copyOf(waiting);
            waiting.clear();
        }
        run(this::finish);
        if (!handBack.isEmpty()) {
            run(() -> handBack(handBack));
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Releases the claims of notifications that will not be attempted here, leaving them due now. */
    private void handBack(List<Delivery> deliveries) {
        Instant now = clock.instant();
        Set<String> stillHeld = keepHeld(deliveries.stream().map(Delivery::notificationId).toList());
        List<Settlement> settle = deliveries.stream()
                .filter(delivery -> stillHeld.contains(delivery.notificationId()))
                .map(delivery -> new Settlement(delivery.notificationId(), now, delivery.attempts()))
                .toList();
        try {
            dues.settle(settle);
        } catch (RuntimeException e) {
            log.warn("Could not hand back {} waiting notifications; they are recovered once their claims run out",
                    settle.size(), e);
        }
        release(deliveries.stream().map(Delivery::notificationId).toList());
    }

    private int reserve(int wanted) {
        synchronized (lock) {
            int room = Math.max(0, Math.min(wanted, room()));
            reserved += room;
            return room;
        }
    }

    private void unreserve(int room) {
        synchronized (lock) {
            reserved -= room;
        }
    }

    /** Caller holds {@link #lock}. */
    private int room() {
        return limits.maxConcurrent() + limits.maxWaiting() - held.size() - reserved;
    }

    private void release(Collection<String> notificationIds) {
        synchronized (lock) {
            notificationIds.forEach(held::remove);
        }
    }

    /**
     * Starts waiting attempts while fewer than {@code maxConcurrent} are in flight. An attempt that ends at
     * once (it could not even start) pumps again from inside; that becomes another round of this loop, not
     * a deeper call.
     */
    private void pump() {
        if (pumping.get()) {
            pumpAgain.set(true);
            return;
        }
        pumping.set(true);
        try {
            do {
                pumpAgain.set(false);
                pumpOnce();
            } while (pumpAgain.get());
        } finally {
            pumping.set(false);
        }
    }

    private void pumpOnce() {
        List<Delivery> start = new ArrayList<>();
        List<Delivery> renew = new ArrayList<>();
        boolean idle;
        Instant now = clock.instant();
        synchronized (lock) {
            Iterator<Delivery> next = waiting.iterator();
            while (!closing && inFlight < limits.maxConcurrent() && next.hasNext()) {
                Delivery delivery = next.next();
                if (busyLeads.contains(delivery.leadId())) {
                    continue;
                }
                next.remove();
                Instant until = held.get(delivery.notificationId());
                if (until == null) {
                    continue;
                }
                busyLeads.add(delivery.leadId());
                if (Duration.between(now, until).compareTo(limits.leftToStart()) < 0) {
                    renew.add(delivery);
                } else {
                    inFlight++;
                    start.add(delivery);
                }
            }
            idle = waiting.isEmpty() && inFlight < limits.maxConcurrent() && room() > 0;
        }
        start.forEach(this::attempt);
        if (!renew.isEmpty()) {
            run(() -> renewBeforeAttempt(renew));
        }
        if (idle && moreDue) {
            requestPoll();
        }
    }

    private void attempt(Delivery delivery) {
        CompletableFuture<DeliveryResult> result;
        try {
            result = channel(delivery.envelope().channel()).deliver(delivery.envelope(), delivery.payload());
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((delivered, failure) -> {
            DeliveryResult outcome = failure == null ? delivered
                    : DeliveryResult.retryable("delivery failed: " + failure);
            ended.add(new Attempt(delivery, outcome, clock.instant()));
            synchronized (lock) {
                inFlight--;
                busyLeads.remove(delivery.leadId());
                lock.notifyAll();
            }
            if (finishQueued.compareAndSet(false, true)) {
                run(this::finish);
            }
            pump();
        });
    }

    /** On the worker: stores, reports and settles every attempt that ended since the last time. */
    private void finish() {
        finishQueued.set(false);
        List<Attempt> group = new ArrayList<>();
        for (Attempt attempt = ended.poll(); attempt != null; attempt = ended.poll()) {
            group.add(attempt);
        }
        if (group.isEmpty()) {
            return;
        }
        List<RecordedOutcome> outcomes = new ArrayList<>(group.size());
        try {
            Set<String> stillHeld = keepHeld(group.stream().map(a -> a.delivery().notificationId()).toList());
            for (Attempt attempt : group) {
                Delivery delivery = attempt.delivery();
                if (stillHeld.contains(delivery.notificationId())) {
                    outcomes.add(new RecordedOutcome(delivery.envelope(), retryPolicy.decide(
                            delivery.notificationId(), delivery.attempts() + 1, attempt.result(), attempt.endedAt())));
                } else {
                    log.warn("Notification {} attempt {} outlived its claim; the instance that holds it now decides",
                            delivery.notificationId(), delivery.attempts() + 1);
                }
            }
            if (!outcomes.isEmpty()) {
                store.recordOutcomes(outcomes);
                outcomes.forEach(DeliveryDispatcher::logOutcome);
                report(outcomes);
            }
        } catch (RuntimeException e) {
            log.warn("Could not store or report the outcomes of {} attempts; they are recovered once their claims "
                    + "run out", group.size(), e);
        } finally {
            release(group.stream().map(attempt -> attempt.delivery().notificationId()).toList());
            pump();
        }
    }

    /** Publishes the outcomes together, then settles the due entries of those still held. */
    private void report(List<RecordedOutcome> outcomes) {
        publisher.publishAll(outcomes);
        Set<String> stillHeld = keepHeld(outcomes.stream().map(RecordedOutcome::notificationId).toList());
        List<Settlement> settle = outcomes.stream()
                .filter(outcome -> stillHeld.contains(outcome.notificationId()))
                .map(Settlement::after)
                .toList();
        if (!settle.isEmpty()) {
            dues.settle(settle);
        }
    }

    /**
     * On the worker: claims due entries there is room for, then attempts, reports or settles each according
     * to what is stored about it. Also renews the claims of notifications waiting in memory.
     */
    private void poll() {
        pollQueued.set(false);
        List<String> taken = new ArrayList<>();
        try {
            Instant now = clock.instant();
            renewWaiting(now);
            int room;
            synchronized (lock) {
                room = closing ? 0 : room();
            }
            if (room <= 0) {
                moreDue = true;
                return;
            }
            int limit = Math.min(room, POLL_BATCH);
            List<String> due = dues.due(now, limit);
            List<String> candidates;
            synchronized (lock) {
                candidates = due.stream().filter(id -> !held.containsKey(id)).toList();
            }
            Instant until = now.plus(limits.claimLease());
            Map<String, Integer> claimed = candidates.isEmpty() ? Map.of() : dues.claim(candidates, now, until);
            // Look again as soon as there is room only while polls make progress; else wait for the next poll.
            moreDue = due.size() >= limit && !claimed.isEmpty();
            synchronized (lock) {
                claimed.keySet().forEach(id -> held.put(id, until));
            }
            taken.addAll(claimed.keySet());
            takeDue(claimed, now, taken);
            if (moreDue && room - claimed.size() >= POLL_BATCH) {
                requestPoll();
            }
        } catch (RuntimeException e) {
            log.warn("Polling due notifications failed; the next poll tries again", e);
            release(taken);
        } finally {
            pump();
        }
    }

    /**
     * Decides what each claimed entry needs: reporting a stored outcome nobody confirmed, an attempt, a
     * later attempt, or nothing any more. Ids handed to the waiting attempts are removed from {@code taken}.
     */
    private void takeDue(Map<String, Integer> claimed, Instant now, List<String> taken) {
        Map<String, StoredNotification> stored = store.findAll(claimed.keySet());
        List<Delivery> attempt = new ArrayList<>();
        List<RecordedOutcome> unreported = new ArrayList<>();
        List<Settlement> settle = new ArrayList<>();
        claimed.forEach((id, publishedAttempts) -> {
            StoredNotification notification = stored.get(id);
            if (notification == null) {
                log.warn("Due entry {} names no stored notification; removing it", id);
                settle.add(Settlement.finished(id));
            } else if (notification.attempts() > publishedAttempts && notification.lastOutcome().isPresent()) {
                log.info("Reporting the stored outcome of notification {} attempt {}, which a crash left unconfirmed",
                        id, notification.attempts());
                unreported.add(new RecordedOutcome(notification.envelope(), notification.lastOutcome().get()));
            } else if (notification.state() != NotificationState.PENDING) {
                settle.add(Settlement.finished(id));
            } else if (notification.nextAttemptAt() != null && notification.nextAttemptAt().isAfter(now)) {
                settle.add(new Settlement(id, notification.nextAttemptAt(), notification.attempts()));
            } else {
                attempt.add(notification.toDelivery());
            }
        });
        if (!unreported.isEmpty()) {
            publisher.publishAll(unreported);
            unreported.forEach(outcome -> settle.add(Settlement.after(outcome)));
        }
        if (!settle.isEmpty()) {
            dues.settle(settle);
            release(settle.stream().map(Settlement::notificationId).toList());
            taken.removeAll(settle.stream().map(Settlement::notificationId).toList());
        }
        synchronized (lock) {
            waiting.addAll(attempt);
        }
        taken.removeAll(attempt.stream().map(Delivery::notificationId).toList());
    }

    /** Renews the claims of waiting notifications that would be too old to start an attempt with. */
    private void renewWaiting(Instant now) {
        List<String> ageing;
        synchronized (lock) {
            ageing = waiting.stream()
                    .map(Delivery::notificationId)
                    .filter(id -> held.containsKey(id)
                            && Duration.between(now, held.get(id)).compareTo(limits.leftToStart()) < 0)
                    .toList();
        }
        if (ageing.isEmpty()) {
            return;
        }
        Set<String> kept = renew(ageing, now);
        synchronized (lock) {
            waiting.removeIf(delivery -> !kept.contains(delivery.notificationId())
                    && ageing.contains(delivery.notificationId()));
        }
    }

    /** On the worker: renews the claims of notifications whose turn came too late to start, then starts them. */
    private void renewBeforeAttempt(List<Delivery> deliveries) {
        Set<String> kept = Set.of();
        try {
            kept = renew(deliveries.stream().map(Delivery::notificationId).toList(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not renew the claims of {} notifications; they are recovered once the claims run out",
                    deliveries.size(), e);
            release(deliveries.stream().map(Delivery::notificationId).toList());
        }
        synchronized (lock) {
            for (int i = deliveries.size() - 1; i >= 0; i--) {
                Delivery delivery = deliveries.get(i);
                busyLeads.remove(delivery.leadId());
                if (kept.contains(delivery.notificationId())) {
                    waiting.addFirst(delivery);
                }
            }
        }
        pump();
    }

    /**
     * Of the notifications this instance holds, the ones it may still write about: claims with enough time
     * left as they are, others renewed first. Lost claims are released here.
     */
    private Set<String> keepHeld(List<String> notificationIds) {
        Instant now = clock.instant();
        Set<String> fresh = new HashSet<>();
        List<String> ageing = new ArrayList<>();
        synchronized (lock) {
            for (String id : notificationIds) {
                Instant until = held.get(id);
                if (until != null && Duration.between(now, until).compareTo(limits.leftToFinish()) >= 0) {
                    fresh.add(id);
                } else {
                    ageing.add(id);
                }
            }
        }
        if (!ageing.isEmpty()) {
            fresh.addAll(renew(ageing, now));
        }
        return fresh;
    }

    /** Claims again, from {@code now}; returns the ids still held and releases the others. */
    private Set<String> renew(List<String> notificationIds, Instant now) {
        Instant until = now.plus(limits.claimLease());
        Set<String> kept = dues.claim(notificationIds, now, until).keySet();
        Map<String, Instant> renewed = new LinkedHashMap<>();
        synchronized (lock) {
            for (String id : notificationIds) {
                if (kept.contains(id)) {
                    held.put(id, until);
                    renewed.put(id, until);
                } else {
                    held.remove(id);
                }
            }
        }
        if (renewed.size() < notificationIds.size()) {
            log.warn("{} notifications were taken over by another instance while this one held them",
                    notificationIds.size() - renewed.size());
        }
        return renewed.keySet();
    }

    private void run(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            log.debug("Dispatcher closed; not running {}", task);
        }
    }

    private DeliveryChannel channel(Channel channel) {
        DeliveryChannel delivery = channels.get(channel);
        if (delivery == null) {
            throw new IllegalStateException("No " + channel + " channel is configured");
        }
        return delivery;
    }

    private static void logOutcome(RecordedOutcome recorded) {
        Envelope envelope = recorded.envelope();
        Outcome outcome = recorded.outcome();
        if (outcome.kind() == Outcome.Kind.SENT) {
            log.info("Notification {} for lead {} delivered to {} (attempt {})",
                    envelope.notificationId(), envelope.leadId(), envelope.destination(), outcome.attempt());
        } else {
            log.warn("Notification {} for lead {} failed (attempt {}): {}; {}", envelope.notificationId(),
                    envelope.leadId(), outcome.attempt(), outcome.reason(),
                    outcome.willRetry() ? "next attempt at " + outcome.nextAttemptAt() : "giving up");
        }
    }
}
