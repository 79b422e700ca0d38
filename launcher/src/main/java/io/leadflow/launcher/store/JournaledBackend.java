package io.leadflow.launcher.store;

import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A mongo-java-server backend that holds its data in memory, as BSON (see {@link JournaledCollection}), and keeps it
 * across restarts by an append-only journal in one directory: every change is appended to the journal and forced
 * to disk at the commit interval, and opening the directory replays it.
 */
public final class JournaledBackend extends AbstractMongoBackend {

    /** The parent keeps its databases private; compaction needs to walk them. */
    private final Map<String, JournaledDatabase> databases = new ConcurrentHashMap<>();
    /** Null while the journal is being replayed into this backend: those changes are in the journal already. */
    private volatile Journal journal;

    private JournaledBackend() {
    }

    public static JournaledBackend open(Path directory, JournalSettings settings) {
        JournaledBackend backend = new JournaledBackend();
        try {
            backend.journal = Journal.open(directory, settings, backend);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store's journal in " + directory, e);
        }
        return backend;
    }

    @Override
    public JournaledDatabase openOrCreateDatabase(String databaseName) {
        JournaledDatabase database = new JournaledDatabase(databaseName, getCursorRegistry(), this);
        databases.put(databaseName, database);
        return database;
    }

    void dropped(JournaledDatabase database) {
        databases.remove(database.getDatabaseName(), database);
        record(JournalEntry.dropDatabase(database.getDatabaseName()));
    }

    /** Flushes and forces the journal to disk; the server calls this once its connections are closed. */
    @Override
    public void close() {
        journal.close();
        super.close();
    }

    void record(JournalEntry entry) {
        Journal current = journal;
        if (current != null) {
            current.append(entry);
        }
    }

    /**
     * Hands over everything live as the entries of a snapshot. Writers go on meanwhile; a collection is locked
     * only while a chunk of its documents is encoded. Each document is handed over as it is at that moment: one
     * changed after the journal was switched to the new generation (the compaction's first step) has that change
     * in the new journal too, so replaying the snapshot and then that journal ends at the right value.
     */
    void forEachLiveEntry(Consumer<JournalEntry> sink) {
        databases.values().forEach(database -> database.forEachLiveEntry(sink));
    }
}
