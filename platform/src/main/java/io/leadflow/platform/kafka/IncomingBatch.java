package io.leadflow.platform.kafka;

import io.leadflow.platform.events.InvalidEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * What one poll of a batch listener returned, handed to the domain as one list.
 *
 * <p>Each record is mapped to its domain type at the edge. The records before the first one that cannot
 * be decoded or mapped are handled together; then that record is named in a
 * {@link BatchListenerFailedException}, so the platform's error handler commits the ones before it,
 * dead-letters it with its reason and redelivers the rest. A handler may also reject items it finds
 * invalid only once it has read its state: it handles every other item, returns the rejections, and the
 * first of them is named the same way (the records after it are redelivered, which handlers treat as the
 * replays they are).
 *
 * <p>One bean of the platform, which listeners take by constructor: it counts every item a handler accepted in
 * {@value #HANDLED_METRIC} (tag {@code topic}), once the handler has returned, so a batch retried after an outage
 * counts once. Dead letters are counted where they are published (see {@link LeadflowKafkaAutoConfiguration}).
 */
public final class IncomingBatch {

    /** Items accepted by a handler, per topic. */
    public static final String HANDLED_METRIC = "leadflow.events.handled";

    private static final LogAccessor LOG = new LogAccessor(IncomingBatch.class);

    private final MeterRegistry meters;

    public IncomingBatch(MeterRegistry meters) {
        this.meters = meters;
    }

    /** An item the handler could not accept, with the reason an operator reads on the dead-letter record. */
    public record Rejection<T>(T item, String reason) {
    }

    /** A handler of a batch of mapped items that accepts every one of them. */
    public <V, T> void handle(List<ConsumerRecord<String, V>> records, Function<V, T> mapping,
            Consumer<List<T>> handler) {
        handleRejecting(records, mapping, items -> {
            handler.accept(items);
            return List.of();
        });
    }

    /** A handler that may reject some items after reading its state; see the class comment. */
    public <V, T> void handleRejecting(List<ConsumerRecord<String, V>> records, Function<V, T> mapping,
            Function<List<T>, List<Rejection<T>>> handler) {
        List<T> items = new ArrayList<>(records.size());
        Map<T, ConsumerRecord<String, V>> sources = new IdentityHashMap<>();
        Optional<BatchListenerFailedException> unreadable = Optional.empty();
        for (ConsumerRecord<String, V> record : records) {
            Optional<RuntimeException> failure = Optional.empty();
            T item = null;
            if (record.value() == null) {
                failure = Optional.of(undecodable(record));
            } else {
                try {
                    item = mapping.apply(record.value());
                } catch (InvalidEventException invalid) {
                    failure = Optional.of(invalid);
                }
            }
            if (failure.isPresent()) {
                unreadable = Optional.of(new BatchListenerFailedException(
                        failure.get().getMessage(), failure.get(), record));
                break;
            }
            items.add(item);
            sources.put(item, record);
        }
        List<Rejection<T>> rejections = items.isEmpty() ? List.of() : handler.apply(items);
        countHandled(items, rejections, sources);
        if (!rejections.isEmpty()) {
            Rejection<T> first = rejections.stream()
                    .min((a, b) -> Long.compare(sources.get(a.item()).offset(), sources.get(b.item()).offset()))
                    .orElseThrow();
            // Dead-lettered at once: the platform's error handler does not retry an invalid event.
            InvalidEventException invalid = new InvalidEventException(first.reason());
            throw new BatchListenerFailedException(first.reason(), invalid, sources.get(first.item()));
        }
        if (unreadable.isPresent()) {
            throw unreadable.get();
        }
    }

    /**
     * A poll of a listener on several topics, handed over in the order the records came: each run of consecutive
     * records of one topic goes to that topic's handler before the next run is looked at. So one consumer handles
     * a lead's events of those topics one batch after another, never two at once; and a handler that stops at a
     * record (to dead-letter it) leaves every later run to be redelivered, none skipped.
     *
     * @param handlers by topic name; a record of a topic without a handler is a programming error
     */
    public static <V> void inTopicRuns(List<ConsumerRecord<String, V>> records,
            Map<String, Consumer<List<ConsumerRecord<String, V>>>> handlers) {
        int from = 0;
        while (from < records.size()) {
            String topic = records.get(from).topic();
            int to = from + 1;
            while (to < records.size() && records.get(to).topic().equals(topic)) {
                to++;
            }
            Consumer<List<ConsumerRecord<String, V>>> handler = handlers.get(topic);
            if (handler == null) {
                throw new IllegalStateException("no handler for the records of " + topic);
            }
            handler.accept(records.subList(from, to));
            from = to;
        }
    }

    private <V, T> void countHandled(List<T> items, List<Rejection<T>> rejections,
            Map<T, ConsumerRecord<String, V>> sources) {
        Map<T, Boolean> rejected = new IdentityHashMap<>();
        rejections.forEach(rejection -> rejected.put(rejection.item(), true));
        items.stream()
                .filter(item -> !rejected.containsKey(item))
                .collect(Collectors.groupingBy(item -> sources.get(item).topic(), Collectors.counting()))
                .forEach((topic, count) -> Counter.builder(HANDLED_METRIC)
                        .description("Events a handler accepted")
                        .tag("topic", topic)
                        .register(meters)
                        .increment(count));
    }

    private static RuntimeException undecodable(ConsumerRecord<String, ?> record) {
        DeserializationException failure = SerializationUtils.getExceptionFromHeader(
                record, KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        return failure != null ? failure
                : new InvalidEventException(record.topic() + ": a record without a value");
    }
}
