package io.leadflow.launcher.deadletter;

import io.leadflow.schemas.Topic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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

/**
 * The dead letters of the catalog's topics, read with a plain consumer that joins no group and commits nothing:
 * every partition of a dead-letter topic from its first offset to the end it had when the reading began.
 */
public final class DeadLetters {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** The topic's dead letters by partition, then offset; none when its dead-letter topic does not exist yet. */
    public List<DeadLetter> of(Topic<?> topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic.deadLetterTopic(), PATIENCE)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, PATIENCE);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, PATIENCE) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        found.add(new DeadLetter(topic, record));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt((DeadLetter dead) -> dead.record().partition())
                .thenComparingLong(dead -> dead.record().offset()));
        return found;
    }

    /** Prints each dead letter of the topics, then how many each topic has. */
    public void print(List<Topic<?>> topics, PrintStream out) {
        List<String> counts = new ArrayList<>();
        int total = 0;
        for (Topic<?> topic : topics) {
            List<DeadLetter> deadLetters = of(topic);
            for (DeadLetter dead : deadLetters) {
                out.println(String.format("%-34s %3d %6d  key %-24s %-24s %s", dead.record().topic(),
                        dead.record().partition(), dead.record().offset(), dead.record().key(), dead.at(),
                        dead.reason()));
            }
            counts.add(String.format("  %-34s %d", topic.deadLetterTopic(), deadLetters.size()));
            total += deadLetters.size();
        }
        out.println("Dead letters: " + total);
        counts.forEach(out::println);
    }
}
