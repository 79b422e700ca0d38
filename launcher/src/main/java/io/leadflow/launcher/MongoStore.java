package io.leadflow.launcher;

import de.bwaldvogel.mongo.MongoServer;
import io.leadflow.launcher.store.JournalSettings;
import io.leadflow.launcher.store.JournaledBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-compatible server (mongo-java-server) holding its data in memory and keeping it across restarts
 * in a journal directory inside the data directory.
 */
public final class MongoStore implements AutoCloseable {

    static final String JOURNAL_DIRECTORY = "mongo-journal";
    /** Where leadflow versions before the journal kept the store (mongo-java-server's H2 backend). */
    private static final String RETIRED_H2_FILE = "mongo.mv";

    private final MongoServer server;
    private final int port;
    private final Path directory;

    private MongoStore(MongoServer server, int port, Path directory) {
        this.server = server;
        this.port = port;
        this.directory = directory;
    }

    public static MongoStore start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        Path retired = dataDir.resolve(RETIRED_H2_FILE);
        if (Files.exists(retired)) {
            System.out.println("leadflow: " + retired + " is from an older leadflow and is no longer read; the store"
                    + " now lives in " + dataDir.resolve(JOURNAL_DIRECTORY) + " (delete " + retired + " to free it)");
        }
        Path directory = dataDir.resolve(JOURNAL_DIRECTORY);
        MongoServer server = new MongoServer(JournaledBackend.open(directory, JournalSettings.defaults()));
        try {
            server.bind("127.0.0.1", port);
        } catch (Exception e) {
            // bind() throws the BindException undeclared; left running, the server's threads would keep the JVM alive.
            server.shutdownNow();
            throw new IllegalStateException("MongoDB cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return new MongoStore(server, port, directory);
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port + "/";
    }

    /** The directory the store's journal and snapshots live in. */
    public Path directory() {
        return directory;
    }

    /** Stops taking connections, then forces the journal to disk. */
    @Override
    public void close() {
        server.shutdown();
    }
}
