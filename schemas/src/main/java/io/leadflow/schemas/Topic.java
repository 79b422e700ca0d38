package io.leadflow.schemas;

import org.apache.avro.specific.SpecificRecord;

/**
 * A Kafka topic of the catalog: its name, the Avro record its values carry, how many partitions it has
 * and which service is its one writer. Keys are always the lead id (a UTF-8 string), so every event of a
 * lead lands on the same partition in order.
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType, int partitions, String writer) {

    /** Suffix of dead-letter topics; set explicitly because Spring Kafka's default changed in 3.3. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public String deadLetterTopic() {
        return name + DEAD_LETTER_SUFFIX;
    }

    @Override
    public String toString() {
        return name;
    }
}
