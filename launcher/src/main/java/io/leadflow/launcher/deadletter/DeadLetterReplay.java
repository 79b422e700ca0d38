package io.leadflow.launcher.deadletter;

import io.leadflow.schemas.Topic;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts dead letters back on their original topic, key and value bytes unchanged, with headers saying who replayed
 * which dead letter when. A replayed record that still fails is dead-lettered again by its consumer, with the new
 * reason; one replayed twice does no harm, the handlers being idempotent.
 */
public final class DeadLetterReplay {

    public static final String REPLAYED_BY = "leadflow-replayed-by";
    public static final String REPLAYED_AT = "leadflow-replayed-at";
    public static final String REPLAYED_FROM = "leadflow-replayed-from";

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Clock clock;

    public DeadLetterReplay(String bootstrapServers, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
    }

    /** A dead letter put back: where it was, where it went. */
    public record Replayed(DeadLetter deadLetter, RecordMetadata sent) {
    }

    /**
     * Replays the topic's dead letters at {@code offsets}, or all of them when it is empty.
     *
     * @throws IllegalArgumentException when an offset is not one of the topic's dead letters (nothing is replayed)
     */
    public List<Replayed> replay(Topic<?> topic, String by, List<PartitionOffset> offsets) throws InterruptedException {
        List<DeadLetter> chosen = chosen(new DeadLetters(bootstrapServers).of(topic), topic, offsets);
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        String at = clock.instant().toString();
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (DeadLetter dead : chosen) {
                sends.add(producer.send(new ProducerRecord<>(topic.name(), null, dead.record().key(),
                        dead.record().value(), headers(dead, by, at))));
            }
            producer.flush();
            List<Replayed> replayed = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                replayed.add(new Replayed(chosen.get(i), sends.get(i).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)));
            }
            return replayed;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Replaying to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    /** Replays, printing one line per record replayed and a summary. */
    public void print(Topic<?> topic, String by, List<PartitionOffset> offsets, PrintStream out)
            throws InterruptedException {
        List<Replayed> replayed = replay(topic, by, offsets);
        for (Replayed one : replayed) {
            out.println("replayed " + one.deadLetter().address() + " (key " + one.deadLetter().record().key()
                    + ", was: " + one.deadLetter().reason() + ") to " + one.sent().topic() + "-"
                    + one.sent().partition() + "@" + one.sent().offset());
        }
        out.println("Replayed " + replayed.size() + " dead letter" + (replayed.size() == 1 ? "" : "s") + " of "
                + topic.deadLetterTopic() + " to " + topic + " by " + by
                + (replayed.isEmpty() ? "" : "; a record that still fails comes back to " + topic.deadLetterTopic()
                        + " with the new reason"));
    }

    private static List<DeadLetter> chosen(List<DeadLetter> deadLetters, Topic<?> topic, List<PartitionOffset> offsets) {
        if (offsets.isEmpty()) {
            return deadLetters;
        }
        Set<PartitionOffset> wanted = new HashSet<>(offsets);
        List<DeadLetter> chosen = deadLetters.stream().filter(dead -> wanted.contains(dead.place())).toList();
        chosen.stream().map(DeadLetter::place).forEach(wanted::remove);
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException("Not a dead letter of " + topic + " (on " + topic.deadLetterTopic()
                    + "): " + String.join(", ", offsets.stream().filter(wanted::contains).map(PartitionOffset::toString)
                            .toList()) + "; nothing was replayed (--dead-letters " + topic + " lists them)");
        }
        return chosen;
    }

    /** The original record's own headers, without the ones dead-lettering and an earlier replay added, and ours. */
    private static RecordHeaders headers(DeadLetter dead, String by, String at) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : dead.record().headers()) {
            String key = header.key();
            if (!key.startsWith("kafka_dlt-") && !key.startsWith("leadflow-dlt-") && !key.startsWith("leadflow-replayed-")
                    && !key.startsWith("springDeserializerException")) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_BY, by.getBytes(StandardCharsets.UTF_8));
        headers.add(REPLAYED_AT, at.getBytes(StandardCharsets.UTF_8));
        headers.add(REPLAYED_FROM, dead.address().getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
