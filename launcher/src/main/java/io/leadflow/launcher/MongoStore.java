package io.leadflow.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MongoDB-wire-compatible server (mongo-java-server) persisting to one file in the data directory. */
public final class MongoStore implements AutoCloseable {

    private final MongoServer server;
    private final int port;
    private final Path file;

    private MongoStore(MongoServer server, int port, Path file) {
        this.server = server;
        this.port = port;
        this.file = file;
    }

    public static MongoStore start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        Path file = dataDir.resolve("mongo.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        try {
            server.bind("127.0.0.1", port);
        } catch (Exception e) {
            // bind() throws the BindException undeclared; left running, the server's threads would keep the JVM alive.
            server.shutdownNow();
            throw new IllegalStateException("MongoDB cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        return new MongoStore(server, port, file);
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port + "/";
    }

    /** The one file (an H2 MVStore) every database of the store lives in. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
