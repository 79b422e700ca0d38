package io.leadflow.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro single-object encoding of leadflow events: a two-byte marker, the writer schema's CRC-64
 * fingerprint, then Avro binary. Decoding resolves the fingerprint against the current schema and every
 * released version in {@link SchemaHistory}, so old writers stay readable.
 */
public final class EventCodec {

    private static final String EVENTS_PACKAGE = "io.leadflow.events";

    static {
        // Avro 1.12.2 refuses to instantiate classes outside its trusted list, our generated ones included.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(),
                type -> EVENTS_PACKAGE.equals(type.getPackageName())));
    }

    private static final Map<Class<?>, BinaryMessageEncoder<?>> ENCODERS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, BinaryMessageDecoder<?>> DECODERS = new ConcurrentHashMap<>();

    private EventCodec() {
    }

    @SuppressWarnings("unchecked")
    public static <V extends SpecificRecord> byte[] encode(V event) {
        BinaryMessageEncoder<V> encoder =
                (BinaryMessageEncoder<V>) ENCODERS.computeIfAbsent(event.getClass(), EventCodec::encoderFor);
        try {
            ByteBuffer buffer = encoder.encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Decodes bytes written with any released version of {@code type}'s schema.
     *
     * @throws AvroRuntimeException when the bytes are not single-object encoded, or were written with an
     *     unknown schema ({@code MissingSchemaException}), or are truncated.
     */
    @SuppressWarnings("unchecked")
    public static <V extends SpecificRecord> V decode(byte[] bytes, Class<V> type) {
        BinaryMessageDecoder<V> decoder =
                (BinaryMessageDecoder<V>) DECODERS.computeIfAbsent(type, EventCodec::decoderFor);
        try {
            return decoder.decode(bytes);
        } catch (IOException e) {
            throw new AvroRuntimeException("Truncated or corrupt " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static Schema currentSchema(Class<? extends SpecificRecord> type) {
        try {
            return (Schema) type.getField("SCHEMA$").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro record", e);
        }
    }

    private static BinaryMessageEncoder<?> encoderFor(Class<?> type) {
        try {
            return (BinaryMessageEncoder<?>) type.getMethod("getEncoder").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro record", e);
        }
    }

    private static BinaryMessageDecoder<?> decoderFor(Class<?> type) {
        SchemaStore.Cache history = new SchemaStore.Cache();
        SchemaHistory.releasedVersions(type.getSimpleName()).forEach(history::addSchema);
        try {
            return (BinaryMessageDecoder<?>) type.getMethod("createDecoder", SchemaStore.class).invoke(null, history);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " is not a generated Avro record", e);
        }
    }
}
