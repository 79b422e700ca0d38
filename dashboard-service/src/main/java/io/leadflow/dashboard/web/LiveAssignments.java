package io.leadflow.dashboard.web;

import io.leadflow.dashboard.domain.Assignment;
import io.leadflow.dashboard.domain.AssignmentFeed;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The pages watching live. The consumer hands each batch's new assignments over and returns at once: one sender
 * thread writes them to every page, so a slow page never holds up the consumer. When pages cannot keep up, the
 * oldest batches waiting are dropped (a live list is about now; the overview still counts everything).
 */
@Component
class LiveAssignments implements AssignmentFeed {

    /** A stream lasts this long, then the page opens a new one: dead connections do not pile up. */
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    /** A comment line this often finds pages that went away (writing to them fails) and keeps proxies open. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int BATCHES_WAITING = 1000;

    private final Set<SseEmitter> pages = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(BATCHES_WAITING), runnable -> new Thread(runnable, "dashboard-live"),
            new ThreadPoolExecutor.DiscardOldestPolicy());
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "dashboard-live-heartbeat"));

    LiveAssignments() {
        heartbeat.scheduleAtFixedRate(() -> sender.execute(this::beat), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    SseEmitter open() {
        SseEmitter page = new SseEmitter(STREAM_LIFETIME.toMillis());
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(page::complete);
        page.onError(failure -> pages.remove(page));
        pages.add(page);
        // Sent at once, so the page knows the stream is open (and the response is committed) before any lead.
        sender.execute(() -> send(page, SseEmitter.event().comment("open")));
        return page;
    }

    @Override
    public void publish(List<Assignment> assignments) {
        if (assignments.isEmpty() || pages.isEmpty()) {
            return;
        }
        List<AssignmentRow> rows = assignments.stream().map(AssignmentRow::of).toList();
        sender.execute(() -> pages.forEach(page -> send(page,
                SseEmitter.event().name("assignments").data(rows, MediaType.APPLICATION_JSON))));
    }

    private void beat() {
        pages.forEach(page -> send(page, SseEmitter.event().comment("heartbeat")));
    }

    private void send(SseEmitter page, SseEmitter.SseEventBuilder event) {
        try {
            page.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The page closed its connection (or the stream ended): it reconnects if it is still there.
            pages.remove(page);
            page.completeWithError(gone);
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        sender.shutdownNow();
        pages.forEach(SseEmitter::complete);
    }
}
