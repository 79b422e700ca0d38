package io.leadflow.launcher.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A plain consumer on a thread of its own, as a dashboard would read the topics: every partition, from where the
 * topics ended when it started (or from their first offset), no consumer group. Each record is handed over with the moment its poll returned;
 * a thread per topic keeps one busy topic from delaying the read times of another.
 */
public final class TopicReader<V> implements AutoCloseable {

    /** What to do with each record, given when it was read ({@link System#nanoTime()}). */
    public interface Handler<V> {
        void read(ConsumerRecord<String, V> record, long readAtNanos);
    }

    private final KafkaConsumer<String, V> consumer;
    private final Thread thread;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean running = true;

    private TopicReader(KafkaConsumer<String, V> consumer, String name, Handler<V> handler) {
        this.consumer = consumer;
        this.thread = new Thread(() -> poll(handler), "bench-reader-" + name);
        thread.setDaemon(true);
    }

    /** Starts reading; every record published after this returns is handed over. */
    static <V> TopicReader<V> start(String bootstrapServers, Collection<String> topics, Deserializer<V> values,
            Handler<V> handler) {
        return start(bootstrapServers, topics, values, handler, false);
    }

    /** Starts reading every record the topics hold, and those published later. */
    public static <V> TopicReader<V> fromFirstOffset(String bootstrapServers, Collection<String> topics,
            Deserializer<V> values, Handler<V> handler) {
        return start(bootstrapServers, topics, values, handler, true);
    }

    private static <V> TopicReader<V> start(String bootstrapServers, Collection<String> topics,
            Deserializer<V> values, Handler<V> handler, boolean fromFirstOffset) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        if (fromFirstOffset) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
            // seekToEnd is lazy: resolve the positions now, before anything is published.
            partitions.forEach(consumer::position);
        }
        TopicReader<V> reader = new TopicReader<>(consumer, topics.iterator().next(), handler);
        reader.thread.start();
        return reader;
    }

    private void poll(Handler<V> handler) {
        try {
            while (running) {
                ConsumerRecords<String, V> records = consumer.poll(Duration.ofMillis(100));
                long readAt = System.nanoTime();
                for (ConsumerRecord<String, V> record : records) {
                    handler.read(record, readAt);
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll up.
        } catch (RuntimeException e) {
            failure.set(e);
        } finally {
            consumer.close();
        }
    }

    /** Fails the run when the reader stopped on an error (an undecodable record, say): its figures would be wrong. */
    public void rethrowFailure() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Reading " + thread.getName() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
