package io.leadflow.schemas;

import java.util.List;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Kafka value deserializer for the topics of the catalog: the topic decides the record type. Anything
 * that is not a valid event of that topic fails with a message saying why; wrapped in Spring Kafka's
 * {@code ErrorHandlingDeserializer} that message ends up in the dead-letter record's headers.
 */
public class EventDeserializer implements Deserializer<SpecificRecord> {


    @Override
    public SpecificRecord deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new SerializationException(topic + ": empty value (tombstones are not events)");
        }
        Topic<?> catalogTopic = Topics.byName(topic)
                .orElseThrow(() -> new SerializationException(topic + ": not a topic of the leadflow catalog"));
        SpecificRecord event;
        try {
            event = EventCodec.decode(data, catalogTopic.valueType());
        } catch (AvroRuntimeException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new SerializationException(topic + ": not a " + catalogTopic.valueType().getSimpleName()
                    + " in Avro single-object encoding (" + e.getMessage() + ")", e);
        }
        List<String> required = catalogTopic.isKeyedByLead()
                ? List.of("eventId", "correlationId", catalogTopic.keyField())
                : List.of("eventId", catalogTopic.keyField());
        for (String field : required) {
            Object value = event.get(event.getSchema().getField(field).pos());
            if (value == null || value.toString().isBlank()) {
                throw new SerializationException(topic + ": " + field + " is blank");
            }
        }
        return event;
    }
}
