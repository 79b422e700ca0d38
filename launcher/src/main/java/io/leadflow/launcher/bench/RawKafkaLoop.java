package io.leadflow.launcher.bench;

import io.leadflow.schemas.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the broker alone sustains on this machine, to read leadflow's throughput against: records of a
 * {@code response.created}'s size are filled into a scratch topic, then one plain consumer-to-producer loop copies
 * them to a second topic the way a service handles a batch (poll, send every record with acks=all, wait for all the
 * acknowledgements, commit), with no decoding and no store.
 */
final class RawKafkaLoop {

    static final String SOURCE = "bench.raw.in";
    static final String TARGET = "bench.raw.out";


    /**
     * @param records records copied
     * @param recordBytes bytes of each record's value
     * @param seconds from the loop's first poll to its last commit
     */
    record Result(int records, int recordBytes, double seconds) {

        double recordsPerSecond() {
            return records / seconds;
        }
    }

    private RawKafkaLoop() {
    }

    static Result run(String bootstrapServers, int records, int keyBytes, int valueBytes, Duration timeout) {
        createTopics(bootstrapServers);
        fill(bootstrapServers, records, keyBytes, valueBytes);
        return new Result(records, valueBytes, copy(bootstrapServers, records, timeout));
    }

    /**
     * The platform's topics' partitions, so the loop spreads like the services' consumers do. Creating a topic
     * returns before the broker leads its partitions, and a producer that sends then can stall for minutes on
     * retries (out-of-order sequence numbers); listing the partitions' offsets is answered by the leader only, and the
     * admin client retries it until the broker leads every partition.
     */
    private static void createTopics(String bootstrapServers) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(SOURCE, Topics.PARTITIONS, (short) 1),
                    new NewTopic(TARGET, Topics.PARTITIONS, (short) 1))).all().get();
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (int partition = 0; partition < Topics.PARTITIONS; partition++) {
                partitions.put(new TopicPartition(SOURCE, partition), OffsetSpec.latest());
                partitions.put(new TopicPartition(TARGET, partition), OffsetSpec.latest());
            }
            admin.listOffsets(partitions).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not create the raw loop's topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the raw loop's topics", e);
        }
    }

    private static void fill(String bootstrapServers, int records, int keyBytes, int valueBytes) {
        Random random = new Random(1);
        byte[] value = new byte[valueBytes];
        random.nextBytes(value);
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(SOURCE, key(i, keyBytes), value));
            }
            producer.flush();
        }
    }

    /** Keys as distinct as lead ids, of the same length, so records spread over the partitions the same way. */
    private static String key(int i, int keyBytes) {
        String digits = Integer.toString(i);
        return "k".repeat(Math.max(0, keyBytes - digits.length())) + digits;
    }

    /** Seconds from the first poll to the commit of the last record. */
    private static double copy(String bootstrapServers, int records, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers);
                KafkaProducer<String, byte[]> producer = producer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(SOURCE, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            AtomicReference<Exception> failure = new AtomicReference<>();
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            int copied = 0;
            while (copied < records) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The raw Kafka loop copied " + copied + " of " + records
                            + " records within " + timeout);
                }
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    producer.send(new ProducerRecord<>(TARGET, record.key(), record.value()), (metadata, exception) -> {
                        if (exception != null) {
                            failure.compareAndSet(null, exception);
                        }
                    });
                    offsets.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    copied++;
                }
                if (offsets.isEmpty()) {
                    continue;
                }
                producer.flush();
                if (failure.get() != null) {
                    throw new IllegalStateException("The raw Kafka loop could not send", failure.get());
                }
                consumer.commitSync(offsets);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** acks=all, idempotent, no linger: the platform's producer settings. */
    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** A consumer group only to commit to, as a service does; partitions are assigned, no rebalance is timed. */
    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-loop");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
