package io.leadflow.launcher.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal of a running store: appends, commits at a fixed interval on one thread, and compacts on another
 * when the journal has grown too large. Compaction switches appends to a new generation's journal first and then
 * writes the snapshot from the live collections, one locked chunk at a time, while writers go on; replaying a
 * change that the snapshot already shows is harmless, as every entry holds a whole document.
 */
final class Journal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);

    private final JournalFiles files;
    private final JournalSettings settings;
    private final Consumer<Consumer<JournalEntry>> liveContents;
    private final JournalAppender appender;
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "mongo-journal-commit"));
    private final ExecutorService compactor = Executors.newSingleThreadExecutor(
            runnable -> daemon(runnable, "mongo-journal-compact"));
    private final AtomicBoolean compacting = new AtomicBoolean();
    private volatile long snapshotBytes;

    private Journal(JournalFiles files, JournalSettings settings, Consumer<Consumer<JournalEntry>> liveContents,
            JournalAppender appender, long snapshotBytes) {
        this.files = files;
        this.settings = settings;
        this.liveContents = liveContents;
        this.appender = appender;
        this.snapshotBytes = snapshotBytes;
        long interval = settings.commitInterval().toNanos();
        committer.scheduleWithFixedDelay(this::commit, interval, interval, TimeUnit.NANOSECONDS);
    }

    /**
     * Replays the directory's journal into the backend, then compacts it at once (a new generation holding only
     * the live data), so a restart costs time in proportion to the data, not to its history.
     */
    static Journal open(Path directory, JournalSettings settings, JournaledBackend backend) throws IOException {
        JournalFiles files = JournalFiles.open(directory);
        try {
            RecoveredState state = new RecoveredState();
            files.replay(state::apply);
            state.loadInto(backend);
            long generation = files.nextGeneration();
            JournalAppender appender = new JournalAppender(files.createJournal(generation));
            long snapshotBytes = files.writeSnapshot(generation, backend::forEachLiveEntry);
            files.deleteBefore(generation);
            return new Journal(files, settings, backend::forEachLiveEntry, appender, snapshotBytes);
        } catch (IOException | RuntimeException e) {
            try {
                files.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    void append(JournalEntry entry) {
        appender.append(JournalCodec.encode(entry));
    }

    /** Stops committing (the committer may still hand a compaction over), lets a compaction finish, syncs. */
    @Override
    public void close() {
        try {
            committer.shutdown();
            committer.awaitTermination(1, TimeUnit.MINUTES);
            compactor.shutdown();
            compactor.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            appender.close();
        } finally {
            try {
                files.close();
            } catch (IOException e) {
                log.warn("Could not release the journal's lock file", e);
            }
        }
    }

    private void commit() {
        try {
            appender.sync();
        } catch (UncheckedIOException e) {
            log.error("Journal commit failed; the store takes no more writes", e);
            return;
        }
        if (appender.bytesInFile() > Math.max(settings.compactionFloorBytes(), snapshotBytes)
                && compacting.compareAndSet(false, true)) {
            compactor.execute(this::compact);
        }
    }

    private void compact() {
        try {
            long started = System.nanoTime();
            long next = files.nextGeneration();
            appender.switchTo(files.createJournal(next));
            snapshotBytes = files.writeSnapshot(next, liveContents);
            files.deleteBefore(next);
            log.info("Compacted the journal into generation {}: {} bytes of live data in {} ms", next, snapshotBytes,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        } catch (IOException | UncheckedIOException e) {
            log.error("Journal compaction failed; the journal grows until a later one succeeds", e);
        } finally {
            compacting.set(false);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
