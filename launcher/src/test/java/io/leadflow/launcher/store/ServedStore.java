package io.leadflow.launcher.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.bson.Document;

/** A journaled store served on a free loopback port, with the MongoDB driver connected: as the services use it. */
final class ServedStore implements AutoCloseable {

    static final String DATABASE = "leadflow";

    private final MongoServer server;
    private final MongoClient client;

    private ServedStore(MongoServer server, MongoClient client) {
        this.server = server;
        this.client = client;
    }

    static ServedStore open(Path directory) {
        return open(directory, JournalSettings.defaults());
    }

    static ServedStore open(Path directory, JournalSettings settings) {
        MongoServer server = new MongoServer(JournaledBackend.open(directory, settings));
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = server.getLocalAddress();
        return new ServedStore(server,
                MongoClients.create("mongodb://127.0.0.1:" + address.getPort() + "/?serverSelectionTimeoutMS=5000"));
    }

    MongoClient client() {
        return client;
    }

    MongoDatabase database() {
        return client.getDatabase(DATABASE);
    }

    MongoCollection<Document> collection(String name) {
        return database().getCollection(name);
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
