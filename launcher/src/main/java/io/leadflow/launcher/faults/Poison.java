package io.leadflow.launcher.faults;

import io.leadflow.events.ResponseCreated;
import io.leadflow.schemas.EventCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Records no consumer can process, each keyed by a lead of its own ({@code 00Q-poison-...}): they must end on the
 * dead-letter topic with a reason, and every valid record behind them must still be processed.
 */
enum Poison {
    /** Bytes that are not a single-object encoded event at all. */
    UNDECODABLE,
    /** A well-formed {@code response.created} whose content is invalid: no event id. */
    INVALID_CONTENT,
    /**
     * A {@code response.created} from a newer writer whose {@code OwnerKind} has a symbol this version does not
     * know ({@code TEAM}): its schema's fingerprint is unknown to every released version.
     */
    UNKNOWN_ENUM_SYMBOL;

    static String key(int number) {
        return String.format("00Q-poison-%06d", number);
    }

    /** The record's value; {@code number} tells the poison records of one run apart. */
    byte[] value(int number) {
        ResponseCreated valid = Upstream.response(number, LeadKind.ROUND_ROBIN);
        valid.setLeadId(key(number));
        return switch (this) {
            case UNDECODABLE -> ("not an event #" + number).getBytes(StandardCharsets.UTF_8);
            case INVALID_CONTENT -> {
                valid.setEventId("");
                yield EventCodec.encode(valid);
            }
            case UNKNOWN_ENUM_SYMBOL -> fromNewerWriter(valid);
        };
    }

    private static byte[] fromNewerWriter(ResponseCreated event) {
        // Through EventCodec, whose first use makes Avro trust the generated classes.
        Schema current = EventCodec.currentSchema(ResponseCreated.class);
        Schema newer = new Schema.Parser().parse(current.toString().replace(
                "\"symbols\":[\"USER\",\"QUEUE\",\"UNKNOWN\"]", "\"symbols\":[\"USER\",\"QUEUE\",\"UNKNOWN\",\"TEAM\"]"));
        if (newer.toString().equals(current.toString())) {
            throw new IllegalStateException("OwnerKind's symbols changed; the fault suite's newer writer must follow");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new SpecificDatumWriter<ResponseCreated>(current).write(event, encoder);
            encoder.flush();
            GenericRecord asNewer = new GenericDatumReader<GenericRecord>(current, newer)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
            GenericRecord owner = (GenericRecord) ((GenericRecord) asNewer.get("lead")).get("owner");
            owner.put("kind", new GenericData.EnumSymbol(owner.getSchema().getField("kind").schema(), "TEAM"));
            ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), newer).encode(asNewer);
            byte[] wire = new byte[encoded.remaining()];
            encoded.get(wire);
            return wire;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The poison records of a run with {@code count} of them, the kinds taking turns. */
    static List<Poison> mix(int count) {
        List<Poison> mix = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            mix.add(values()[i % values().length]);
        }
        return mix;
    }
}
