package io.leadflow.platform.kafka;

import io.leadflow.events.LeadScoreChanged;
import io.leadflow.events.LeadStatusChanged;
import io.leadflow.platform.kafka.IncomingBatch.Rejection;
import io.leadflow.platform.events.InvalidEventException;
import io.leadflow.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A minimal service on the platform plumbing, with a listener whose behaviour the test steers by score. */
@SpringBootApplication
class PlumbingTestApplication {

    static final int INVALID = -1;
    static final int FLAKY = 999;

    @Component
    static class ScoreListener {

        final List<LeadScoreChanged> handled = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @KafkaListener(topics = Topics.Names.LEAD_SCORE_CHANGED, groupId = "platform-plumbing-test")
        void on(LeadScoreChanged event) {
            int attempt = attempts.computeIfAbsent(event.getEventId(), id -> new AtomicInteger()).incrementAndGet();
            if (event.getScore() == INVALID) {
                throw new InvalidEventException("score must not be negative");
            }
            if (event.getScore() == FLAKY && attempt <= 3) {
                throw new DataAccessResourceFailureException("MongoDB is away (attempt " + attempt + ")");
            }
            handled.add(event);
        }
    }

    /**
     * A batch listener: statuses are mapped at the edge (an empty status is invalid there), and the handler
     * rejects the status {@link #REJECTED} once it sees it, as a handler does that finds an event invalid
     * only against its state.
     */
    @Component
    static class StatusBatchListener {

        static final String REJECTED = "Rejected";

        final List<String> handledEventIds = new CopyOnWriteArrayList<>();
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private final IncomingBatch incoming;

        StatusBatchListener(IncomingBatch incoming) {
            this.incoming = incoming;
        }

        @KafkaListener(topics = Topics.Names.LEAD_STATUS_CHANGED, groupId = "platform-plumbing-test", batch = "true")
        void on(List<ConsumerRecord<String, LeadStatusChanged>> records) {
            incoming.handleRejecting(records, StatusBatchListener::mapped, events -> {
                batchSizes.add(events.size());
                List<Rejection<LeadStatusChanged>> rejected = new java.util.ArrayList<>();
                for (LeadStatusChanged event : events) {
                    if (REJECTED.equals(event.getStatus())) {
                        rejected.add(new Rejection<>(event, "status " + REJECTED + " is not allowed"));
                    } else {
                        handledEventIds.add(event.getEventId());
                    }
                }
                return rejected;
            });
        }

        private static LeadStatusChanged mapped(LeadStatusChanged event) {
            if (event.getStatus().isBlank()) {
                throw new InvalidEventException("status must not be blank");
            }
            return event;
        }
    }
}
