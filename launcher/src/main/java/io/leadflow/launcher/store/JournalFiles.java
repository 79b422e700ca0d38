package io.leadflow.launcher.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal directory. It holds generations: {@code N.snapshot} is every live document and index at the moment
 * {@code N.journal} was started, and {@code N.journal} the changes since, appended as they happen; generation N+1's
 * journal continues N's. A snapshot is written to a temporary file and renamed when complete, so the newest
 * snapshot present is whole, and replay is: that snapshot, then every journal from its generation on. Older files
 * are deleted once a newer snapshot is in place. A lock file keeps a second process off the directory.
 */
final class JournalFiles implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JournalFiles.class);
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{10})\\.(snapshot|journal)");
    private static final String SNAPSHOT = "snapshot";
    private static final String JOURNAL = "journal";
    private static final String TEMPORARY_SUFFIX = ".tmp";

    private final Path directory;
    private final FileChannel lockFile;
    private final FileLock lock;

    private JournalFiles(Path directory, FileChannel lockFile, FileLock lock) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    static JournalFiles open(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileChannel lockFile = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            throw new IOException(directory + " is in use by another store");
        }
        JournalFiles files = new JournalFiles(directory, lockFile, lock);
        files.deleteUnfinishedSnapshots();
        return files;
    }

    /**
     * Replays the newest snapshot and the journals after it, in order, stopping at the first torn frame: what
     * follows a tear (in that file or a later one) is not applied, so the state replayed is always a prefix of
     * the history.
     */
    void replay(Consumer<JournalEntry> sink) throws IOException {
        OptionalLong base = generations(SNAPSHOT).stream().mapToLong(Long::longValue).max();
        List<Path> files = new ArrayList<>();
        base.ifPresent(generation -> files.add(snapshot(generation)));
        for (long generation : generations(JOURNAL)) {
            if (base.isEmpty() || generation >= base.getAsLong()) {
                files.add(journal(generation));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            long intact = JournalReader.read(file, sink);
            long size = Files.size(file);
            if (intact < size) {
                int skipped = files.size() - i - 1;
                log.warn("{} ends in a torn or garbled record at byte {} of {}: replayed up to there{}", file, intact,
                        size, skipped > 0 ? ", and not the " + skipped + " file(s) after it" : "");
                return;
            }
        }
    }

    long nextGeneration() throws IOException {
        long newest = Math.max(max(generations(SNAPSHOT)), max(generations(JOURNAL)));
        return newest + 1;
    }

    FileChannel createJournal(long generation) throws IOException {
        FileChannel channel = FileChannel.open(journal(generation), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        syncDirectory();
        return channel;
    }

    /**
     * Writes the snapshot of a generation: every entry the contents hand over, to a temporary file that is forced to
     * disk and then renamed into place.
     *
     * @return the snapshot's size in bytes
     */
    long writeSnapshot(long generation, Consumer<Consumer<JournalEntry>> contents) throws IOException {
        Path target = snapshot(generation);
        Path temporary = target.resolveSibling(target.getFileName() + TEMPORARY_SUFFIX);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 20)) {
            contents.accept(entry -> write(out, JournalCodec.encode(entry)));
            out.flush();
            channel.force(true);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
        return Files.size(target);
    }

    void deleteBefore(long generation) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = FILE_NAME.matcher(file.getFileName().toString());
                if (name.matches() && Long.parseLong(name.group(1)) < generation) {
                    Files.delete(file);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockFile.close();
    }

    private static void write(OutputStream out, byte[] frame) {
        try {
            out.write(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteUnfinishedSnapshots() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(TEMPORARY_SUFFIX)) {
                    Files.delete(file);
                }
            }
        }
    }

    private List<Long> generations(String kind) throws IOException {
        List<Long> generations = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(file -> FILE_NAME.matcher(file.getFileName().toString()))
                    .filter(name -> name.matches() && name.group(2).equals(kind))
                    .forEach(name -> generations.add(Long.parseLong(name.group(1))));
        }
        generations.sort(null);
        return generations;
    }

    private static long max(List<Long> generations) {
        return generations.isEmpty() ? 0 : generations.get(generations.size() - 1);
    }

    private Path snapshot(long generation) {
        return directory.resolve(String.format("%010d.%s", generation, SNAPSHOT));
    }

    private Path journal(long generation) {
        return directory.resolve(String.format("%010d.%s", generation, JOURNAL));
    }

    /** A new or renamed file survives a power cut only once its directory entry is on disk too. */
    private void syncDirectory() throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
