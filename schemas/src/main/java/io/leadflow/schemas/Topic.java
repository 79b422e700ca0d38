package io.leadflow.schemas;

import org.apache.avro.specific.SpecificRecord;

/**
 * A Kafka topic of the catalog: its name, the Avro record its values carry, how many partitions it has
 * and which service is its one writer. Keys are the lead id (a UTF-8 string), so every event of a lead lands on
 * the same partition in order; the company directory's topics, which are about no lead, are keyed by the user or
 * group id ({@code keyField} names the value's field that holds the key).
 */
public record Topic<V extends SpecificRecord>(String name, Class<V> valueType, int partitions, String writer,
        String keyField) {

    /** The field of lead events that holds their key. */
    public static final String LEAD_ID = "leadId";

    /** A topic of lead events, keyed by the lead id. */
    public Topic(String name, Class<V> valueType, int partitions, String writer) {
        this(name, valueType, partitions, writer, LEAD_ID);
    }

    public boolean isKeyedByLead() {
        return LEAD_ID.equals(keyField);
    }

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
