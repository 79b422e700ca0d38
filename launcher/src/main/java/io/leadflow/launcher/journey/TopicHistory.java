package io.leadflow.launcher.journey;

import io.leadflow.schemas.Topic;
import io.leadflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Every record of one lead on every topic of the catalog and their dead-letter topics, read with a plain consumer
 * that joins no group and commits nothing. The key is the lead id, so only the partition the lead's key hashes to
 * is read on each topic, from its first offset to the end it had when the reading began.
 */
final class TopicHistory {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TopicHistory() {
    }

    static List<ConsumerRecord<String, byte[]>> of(String bootstrapServers, String leadId) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic<?> topic : Topics.ALL) {
                for (String name : List.of(topic.name(), topic.deadLetterTopic())) {
                    List<PartitionInfo> infos = consumer.partitionsFor(name, PATIENCE);
                    if (!infos.isEmpty()) {
                        partitions.add(new TopicPartition(name, partitionOf(leadId, infos.size())));
                    }
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, PATIENCE);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition) && leadId.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    /** The partition Kafka's default partitioner puts a record with this key on. */
    static int partitionOf(String leadId, int partitions) {
        return Utils.toPositive(Utils.murmur2(leadId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
