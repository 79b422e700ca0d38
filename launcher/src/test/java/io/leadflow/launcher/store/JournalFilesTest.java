package io.leadflow.launcher.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalFilesTest {

    @TempDir
    Path directory;

    @Test
    void shouldReplayTheNewestSnapshotAndTheJournalsFromItsGenerationOn() throws IOException {
        write("0000000001.snapshot", put("lead-1", 1));
        write("0000000001.journal", put("lead-1", 2));
        write("0000000002.snapshot", put("lead-1", 2));
        write("0000000002.journal", put("lead-1", 3));
        write("0000000003.journal", put("lead-1", 4));

        assertThat(replay()).containsExactly(put("lead-1", 2), put("lead-1", 3), put("lead-1", 4));
    }

    @Test
    void shouldStopAtATearAndNotReplayTheJournalsAfterIt() throws IOException {
        byte[] torn = JournalCodec.encode(put("lead-2", 1));
        write("0000000001.journal", JournalCodec.encode(put("lead-1", 1)), Arrays.copyOf(torn, torn.length - 1));
        write("0000000002.journal", put("lead-3", 1));

        assertThat(replay()).containsExactly(put("lead-1", 1));
    }

    @Test
    void shouldIgnoreASnapshotThatWasNotFinished() throws IOException {
        write("0000000001.snapshot", put("lead-1", 1));
        write("0000000001.journal", put("lead-1", 2));
        write("0000000002.journal", put("lead-1", 3));
        write("0000000002.snapshot.tmp", put("lead-1", 9));

        assertThat(replay()).containsExactly(put("lead-1", 1), put("lead-1", 2), put("lead-1", 3));
        assertThat(directory.resolve("0000000002.snapshot.tmp")).doesNotExist();
    }

    private List<JournalEntry> replay() throws IOException {
        List<JournalEntry> replayed = new ArrayList<>();
        try (JournalFiles files = JournalFiles.open(directory)) {
            files.replay(replayed::add);
        }
        return replayed;
    }

    private static JournalEntry put(String id, int attempts) {
        return JournalEntry.put("leadflow.leads", new Document("_id", id).append("attempts", attempts));
    }

    private void write(String name, JournalEntry entry) throws IOException {
        write(name, JournalCodec.encode(entry));
    }

    private void write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        Files.write(directory.resolve(name), out.toByteArray());
    }
}
