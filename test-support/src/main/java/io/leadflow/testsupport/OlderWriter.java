package io.leadflow.testsupport;

import io.leadflow.schemas.SchemaHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Writes an event as a producer of an earlier released schema version would: the fields that version lacks are
 * not on the wire at all, and the single-object header names that version's fingerprint.
 */
public final class OlderWriter {

    private OlderWriter() {
    }

    public static byte[] encode(SpecificRecord event, int version) {
        Schema current = event.getSchema();
        Schema older = SchemaHistory.releasedVersions(current.getName()).get(version - 1);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
            new SpecificDatumWriter<SpecificRecord>(current).write(event, encoder);
            encoder.flush();
            GenericRecord asOlder = new GenericDatumReader<GenericRecord>(current, older)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
            ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(asOlder);
            byte[] wire = new byte[encoded.remaining()];
            encoded.get(wire);
            return wire;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
