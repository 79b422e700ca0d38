package io.leadflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.avro.SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;

import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build-time gate on the event contract: the current schema of every topic is released (kept in
 * {@code schema-history}) and every released version can read, and be read by, every other one.
 */
class SchemaCompatibilityTest {

    static Stream<Topic<?>> topics() {
        return Topics.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void shouldKeepTheCurrentSchemaAsTheLatestReleasedVersion(Topic<?> topic) {
        String record = topic.valueType().getSimpleName();
        List<Schema> released = SchemaHistory.releasedVersions(record);
        assertThat(released).as("released versions of %s", record).isNotEmpty();

        Schema current = EventCodec.currentSchema(topic.valueType());

        assertThat(current)
                .as("%s changed since its last release: when the change is compatible, save the new schema as "
                        + "schemas/src/main/resources/%s:%n%s", record,
                        SchemaHistory.resourcePath(record, released.size() + 1), current.toString(true))
                .isEqualTo(released.get(released.size() - 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void shouldReadEveryReleasedVersionAndBeReadByIt(Topic<?> topic) {
        List<Schema> released = SchemaHistory.releasedVersions(topic.valueType().getSimpleName());

        for (int writer = 0; writer < released.size(); writer++) {
            for (int reader = 0; reader < released.size(); reader++) {
                SchemaCompatibility.SchemaPairCompatibility result = SchemaCompatibility
                        .checkReaderWriterCompatibility(released.get(reader), released.get(writer));
                assertThat(result.getType())
                        .as("%s v%d reading v%d: %s", topic, reader + 1, writer + 1, result.getDescription())
                        .isEqualTo(COMPATIBLE);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void shouldCarryTheEventEnvelope(Topic<?> topic) {
        Schema schema = EventCodec.currentSchema(topic.valueType());

        assertThat(schema.getField("eventId").schema().getType()).isEqualTo(Schema.Type.STRING);
        assertThat(schema.getField("occurredAt").schema().getLogicalType().getName()).isEqualTo("timestamp-millis");
        assertThat(schema.getField(topic.keyField()).schema().getType()).isEqualTo(Schema.Type.STRING);
        if (topic.isKeyedByLead()) {
            assertThat(schema.getField("correlationId").schema().getType()).isEqualTo(Schema.Type.STRING);
        }
    }
}
