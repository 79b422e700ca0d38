package io.leadflow.launcher.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReaderTest {

    @TempDir
    Path directory;

    private final List<JournalEntry> entries = List.of(
            JournalEntry.put("leadflow.leads", new Document("_id", "lead-1").append("attempts", 3)),
            JournalEntry.delete("leadflow.leads", "lead-0"),
            JournalEntry.createIndex(new Document("v", 2).append("key", new Document("email", 1))
                    .append("name", "email_1").append("unique", true).append("ns", "leadflow.members")),
            JournalEntry.dropIndex("leadflow.members", "email_1"),
            JournalEntry.dropCollection("leadflow.drafts"),
            JournalEntry.dropDatabase("scratch"));

    @Test
    void shouldReadBackEveryEntryAsItWasWritten() throws IOException {
        Path file = write(frames(entries));
        List<JournalEntry> read = new ArrayList<>();

        long intact = JournalReader.read(file, read::add);

        assertThat(read).isEqualTo(entries);
        assertThat(intact).isEqualTo(Files.size(file));
    }

    @Test
    void shouldStopAtTheFirstFrameWhoseBytesDoNotMatchItsChecksum() throws IOException {
        byte[] first = JournalCodec.encode(entries.get(0));
        byte[] second = JournalCodec.encode(entries.get(1));
        second[second.length - 2] ^= 0x10;
        Path file = write(concat(first, second, JournalCodec.encode(entries.get(2))));
        List<JournalEntry> read = new ArrayList<>();

        long intact = JournalReader.read(file, read::add);

        assertThat(read).containsExactly(entries.get(0));
        assertThat(intact).isEqualTo(first.length);
    }

    private static byte[] frames(List<JournalEntry> entries) {
        return concat(entries.stream().map(JournalCodec::encode).toArray(byte[][]::new));
    }

    private static byte[] concat(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] frame : frames) {
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(directory.resolve("0000000001.journal"), bytes);
    }
}
