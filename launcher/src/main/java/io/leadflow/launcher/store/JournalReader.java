package io.leadflow.launcher.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a journal file frame by frame, up to its end or to the first frame that is cut short or fails its CRC. */
final class JournalReader {

    private JournalReader() {
    }

    /**
     * Hands every intact entry to the sink, in order.
     *
     * @return how many bytes from the start of the file are whole frames; less than the file's size when it ends in
     *     a torn or garbled frame (a kill mid-write), and nothing after that point is handed over
     */
    static long read(Path file, Consumer<JournalEntry> sink) throws IOException {
        long intact = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                byte[] payload = readPayload(in);
                if (payload == null) {
                    return intact;
                }
                sink.accept(JournalCodec.decode(payload));
                intact += JournalCodec.HEADER_BYTES + payload.length;
            }
        }
    }

    private static byte[] readPayload(DataInputStream in) throws IOException {
        try {
            int length = in.readInt();
            int crc = in.readInt();
            if (length < 1 || length > JournalCodec.MAX_PAYLOAD_BYTES) {
                return null;
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            return JournalCodec.crc(payload, 0, length) == crc ? payload : null;
        } catch (EOFException e) {
            return null;
        }
    }
}
