package io.leadflow.launcher.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The journal's bytes. A frame is {@code [payload length: int][CRC32 of the payload: int][payload]}, the payload
 * {@code [operation: byte][namespace length: int][namespace: UTF-8][document: BSON, if the operation has one]}.
 * Documents use mongo-java-server's own BSON codec, the one that decoded them off the wire, so a replayed document
 * holds exactly the Java values the server stored.
 */
final class JournalCodec {

    static final int HEADER_BYTES = 8;
    /** MongoDB's 16 MiB document limit plus room for the namespace: a longer frame can only be a torn length. */
    static final int MAX_PAYLOAD_BYTES = 17 * 1024 * 1024;

    private JournalCodec() {
    }

    static byte[] encode(JournalEntry entry) {
        ByteBuf buffer = Unpooled.buffer(1024);
        buffer.writerIndex(HEADER_BYTES);
        buffer.writeByte(entry.operation().code);
        byte[] namespace = entry.namespace().getBytes(StandardCharsets.UTF_8);
        buffer.writeInt(namespace.length);
        buffer.writeBytes(namespace);
        if (entry.document() != null) {
            BsonEncoder.encodeDocument(entry.document(), buffer);
        }
        int payloadLength = buffer.writerIndex() - HEADER_BYTES;
        buffer.setInt(0, payloadLength);
        buffer.setInt(4, crc(buffer.array(), buffer.arrayOffset() + HEADER_BYTES, payloadLength));
        byte[] frame = new byte[buffer.writerIndex()];
        buffer.getBytes(0, frame);
        return frame;
    }

    static JournalEntry decode(byte[] payload) {
        ByteBuf buffer = Unpooled.wrappedBuffer(payload);
        JournalEntry.Operation operation = JournalEntry.Operation.of(buffer.readByte());
        byte[] namespace = new byte[buffer.readInt()];
        buffer.readBytes(namespace);
        Document document = buffer.isReadable() ? BsonDecoder.decodeBson(buffer) : null;
        return new JournalEntry(operation, new String(namespace, StandardCharsets.UTF_8), document);
    }

    static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
