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

    private MongoStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static MongoStore start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir, e);
        }
        MongoServer server = new MongoServer(new H2Backend(dataDir.resolve("mongo.mv").toString()));
        server.bind("127.0.0.1", port);
        return new MongoStore(server, port);
    }

    public String uri() {
        return "mongodb://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
