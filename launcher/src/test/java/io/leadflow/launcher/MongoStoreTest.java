package io.leadflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepItsDataInTheDataDirectoryAcrossAStopAndAStart() throws IOException {
        int port = freePort();
        try (MongoStore store = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create(store.uri())) {
            client.getDatabase("leadflow").getCollection("leads").insertOne(new Document("_id", "lead-1"));
        }

        try (MongoStore store = MongoStore.start(dataDir, port);
                MongoClient client = MongoClients.create(store.uri())) {
            assertThat(client.getDatabase("leadflow").getCollection("leads").find().into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "lead-1"));
        }
        assertThat(dataDir.resolve(MongoStore.JOURNAL_DIRECTORY)).isDirectory();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
