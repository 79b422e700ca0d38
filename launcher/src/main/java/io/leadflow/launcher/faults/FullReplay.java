package io.leadflow.launcher.faults;

import io.leadflow.launcher.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Scenario 7: after a run, every service stops, every consumer group is reset to the earliest offset, and the
 * services start again and read everything once more. Nothing new may be published about the run's leads and no
 * webhook may be delivered again: the handlers are idempotent.
 */
record FullReplay(int number) implements Scenario {

    private static final Duration RESTART_PATIENCE = Duration.ofMinutes(3);

    @Override
    public String title() {
        return "full replay: every consumer group reset to the earliest offset after the run";
    }

    @Override
    public void play(FaultRun run, int leads) {
        run.burst(leads);
        run.settle();
        int replayed = run.sentLeads().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        long recordsBefore = run.observations().recordsAboutLeadsBelow(replayed);
        int deliveriesBefore = deliveries(run);
        List<ServiceProcess> services = run.platform().platform().services();
        // All at once, as an operator stopping the platform would: the replay starts with no member in any group.
        services.parallelStream().forEach(ServiceProcess::close);
        Map<String, Long> reset = resetToEarliest(run.platform().bootstrapServers());
        run.fault("every service stopped; " + reset.size() + " consumer groups reset to the earliest offset ("
                + String.format("%,d", reset.values().stream().mapToLong(Long::longValue).sum())
                + " records to read again)");
        services.forEach(ServiceProcess::restart);
        services.forEach(service -> service.awaitHealthy(RESTART_PATIENCE));
        run.fault("every service started again");
        Duration drained = awaitNoLag(run.platform().bootstrapServers(), reset.keySet());
        run.note("the replay's lag drained in " + drained.toSeconds() + " s");
        run.recovered();
        run.settle();
        long republished = run.observations().recordsAboutLeadsBelow(replayed) - recordsBefore;
        int redelivered = deliveries(run) - deliveriesBefore - newNotifications(run, replayed);
        run.check(new Check("7 replay publishes nothing, notifies nobody again", republished == 0 && redelivered == 0,
                String.format("%,d records published again about the %,d leads replayed, %d webhooks delivered again",
                        republished, replayed, redelivered)));
    }

    private static int deliveries(FaultRun run) {
        return run.platform().webhooks().deliveriesByKey().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Webhook deliveries owed to the leads sent after the replay (the last settling round). */
    private static int newNotifications(FaultRun run, int replayed) {
        return run.sentLeads().keySet().stream().filter(number -> number >= replayed)
                .flatMap(number -> run.observations().of(number).sentByNotification.keySet().stream())
                .mapToInt(id -> run.platform().webhooks().deliveriesByKey().getOrDefault(id, 0)).sum();
    }

    /** Resets each group's committed offsets to each partition's earliest; returns the records to read per group. */
    private static Map<String, Long> resetToEarliest(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            Map<String, Long> lag = new HashMap<>();
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, Long> earliest = admin.listOffsets(committed.keySet().stream().collect(
                        Collectors.toMap(partition -> partition, partition -> OffsetSpec.earliest()))).all().get()
                        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                entry -> entry.getValue().offset()));
                admin.alterConsumerGroupOffsets(group.groupId(), earliest.entrySet().stream().collect(
                        Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
                        .all().get();
                lag.put(group.groupId(), committed.entrySet().stream()
                        .mapToLong(entry -> entry.getValue().offset() - earliest.get(entry.getKey())).sum());
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not reset the consumer groups: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Waits until every group has committed the end of every partition it reads. */
    static Duration awaitNoLag(String bootstrapServers, Iterable<String> groups) {
        Instant start = Instant.now();
        Instant deadline = start.plus(Duration.ofMinutes(15));
        try (Admin admin = admin(bootstrapServers)) {
            while (true) {
                long lag = 0;
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed =
                            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, Long> ends = admin.listOffsets(committed.keySet().stream().collect(
                            Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()))).all().get()
                            .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                    entry -> entry.getValue().offset()));
                    for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                        lag += ends.get(entry.getKey()) - entry.getValue().offset();
                    }
                }
                if (lag == 0) {
                    return Duration.between(start, Instant.now());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Consumer lag still " + lag + " after 15 minutes");
                }
                FaultRun.pause(Duration.ofSeconds(1));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read the consumer lag: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    static Admin admin(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(config);
    }
}
