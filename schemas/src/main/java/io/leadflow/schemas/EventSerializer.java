package io.leadflow.schemas;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka value serializer for leadflow events. Raw bytes pass through unchanged: that is how a record that
 * could not be decoded reaches its dead-letter topic exactly as it arrived.
 */
public class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof SpecificRecord event) {
            return EventCodec.encode(event);
        }
        throw new SerializationException(
                "Cannot write " + value.getClass().getName() + " to " + topic + ": not a leadflow event");
    }
}
