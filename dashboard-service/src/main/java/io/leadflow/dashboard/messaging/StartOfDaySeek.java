package io.leadflow.dashboard.messaging;

import io.leadflow.dashboard.domain.Dashboard;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerSeekAware;

/**
 * Rebuilds the read model when the service starts: every partition is read from the first record of today. Each
 * instance has a consumer group of its own (it needs every partition, not a share), so committed offsets are never
 * where it starts. A partition assigned again later (a rebalance) carries on where it was: reading today again
 * would count what the remembered event ids may have forgotten.
 */
abstract class StartOfDaySeek implements ConsumerSeekAware {

    private final Dashboard dashboard;
    private final Set<TopicPartition> started = ConcurrentHashMap.newKeySet();

    StartOfDaySeek(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        Set<TopicPartition> first = assignments.keySet().stream().filter(started::add).collect(Collectors.toSet());
        if (!first.isEmpty()) {
            callback.seekToTimestamp(first, dashboard.startOfToday().toEpochMilli());
        }
    }
}
