package io.leadflow.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IncomingBatchTest {

    private final List<String> handled = new ArrayList<>();

    @Test
    void shouldHandOverConsecutiveRunsOfOneTopicInTheOrderTheyCame() {
        List<ConsumerRecord<String, String>> poll = List.of(record("a", 0), record("a", 1), record("b", 0),
                record("a", 2), record("b", 1), record("b", 2));

        IncomingBatch.inTopicRuns(poll, Map.of("a", recording("a"), "b", recording("b")));

        assertThat(handled).containsExactly("a:0,1", "b:0", "a:2", "b:1,2");
    }

    @Test
    void shouldLeaveTheRunsAfterAFailingOneUnhandled() {
        List<ConsumerRecord<String, String>> poll = List.of(record("a", 0), record("b", 0), record("a", 1));
        Consumer<List<ConsumerRecord<String, String>>> failing = records -> {
            throw new IllegalArgumentException("poison");
        };

        assertThatThrownBy(() -> IncomingBatch.inTopicRuns(poll, Map.of("a", recording("a"), "b", failing)))
                .hasMessage("poison");
        assertThat(handled).containsExactly("a:0");
    }

    @Test
    void shouldRefuseARecordOfATopicWithoutHandler() {
        assertThatThrownBy(() -> IncomingBatch.inTopicRuns(List.of(record("c", 0)), Map.of("a", recording("a"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no handler for the records of c");
    }

    private Consumer<List<ConsumerRecord<String, String>>> recording(String topic) {
        return records -> handled.add(topic + ":" + String.join(",",
                records.stream().map(record -> String.valueOf(record.offset())).toList()));
    }

    private static ConsumerRecord<String, String> record(String topic, long offset) {
        return new ConsumerRecord<>(topic, 0, offset, "lead", "value");
    }
}
