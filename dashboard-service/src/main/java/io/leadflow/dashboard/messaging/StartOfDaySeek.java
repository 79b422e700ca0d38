package io.leadflow.dashboard.messaging;

import io.leadflow.dashboard.domain.Dashboard;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * Rebuilds the read model when the service starts: every partition is read from the first record of today. Each
 * instance has a consumer group of its own (it needs every partition, not a share), so committed offsets are never
 * where it starts.
 */
abstract class StartOfDaySeek implements ConsumerSeekAware {

    private final Dashboard dashboard;

    StartOfDaySeek(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToTimestamp(assignments.keySet(), dashboard.startOfToday().toEpochMilli());
    }
}
