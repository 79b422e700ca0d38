package io.leadflow.launcher.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournaledBackendTest {

    @TempDir
    Path directory;

    @TempDir
    Path copies;

    @Test
    void shouldBringBackEveryDocumentAsItWasLeftAfterARestart() {
        List<Document> before;
        try (ServedStore store = ServedStore.open(directory)) {
            MongoCollection<Document> leads = store.collection("leads");
            leads.insertMany(List.of(lead("lead-1"), lead("lead-2"), lead("lead-3")));
            leads.updateOne(eq("_id", "lead-1"), set("status", "ASSIGNED"));
            leads.updateOne(eq("_id", "lead-2"), inc("attempts", 2));
            leads.updateOne(eq("_id", "lead-4"), combine(setOnInsert("status", "NEW"), inc("attempts", 1)),
                    new UpdateOptions().upsert(true));
            leads.findOneAndUpdate(eq("_id", "lead-3"), inc("attempts", 1),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            leads.deleteOne(eq("_id", "lead-2"));
            before = leads.find().sort(ascending("_id")).into(new ArrayList<>());
        }

        try (ServedStore store = ServedStore.open(directory)) {
            List<Document> after = store.collection("leads").find().sort(ascending("_id")).into(new ArrayList<>());

            assertThat(after).isEqualTo(before).containsExactly(
                    lead("lead-1").append("status", "ASSIGNED"),
                    lead("lead-3").append("attempts", 1),
                    new Document("_id", "lead-4").append("status", "NEW").append("attempts", 1));
        }
    }

    @Test
    void shouldAnswerALookupByIdsWithExactlyTheStoredDocumentsOfThoseIds() {
        try (ServedStore store = ServedStore.open(directory)) {
            store.collection("leads").insertMany(List.of(lead("lead-1"), lead("lead-2"), lead("lead-3"),
                    new Document("_id", 4).append("name", "numbered")));

            assertThat(store.collection("leads").find(in("_id", "lead-3", "lead-1", "lead-9", "lead-1"))
                    .sort(ascending("_id")).into(new ArrayList<>())).containsExactly(lead("lead-1"), lead("lead-3"));
            assertThat(store.collection("leads").find(in("_id", 4L)).into(new ArrayList<>()))
                    .extracting(lead -> lead.get("name")).containsExactly("numbered");
            assertThat(store.collection("leads").find(eq("_id", "lead-2")).into(new ArrayList<>()))
                    .containsExactly(lead("lead-2"));
            assertThat(store.collection("leads").find(new Document("_id", "lead-2").append("name", "other"))
                    .into(new ArrayList<>())).isEmpty();
        }
    }

    @Test
    void shouldKeepDeletedDocumentsDeletedAndDroppedCollectionsAndDatabasesGone() {
        try (ServedStore store = ServedStore.open(directory)) {
            store.collection("leads").insertMany(List.of(lead("lead-1"), lead("lead-2"), lead("lead-3")));
            store.collection("leads").deleteMany(in("_id", "lead-1", "lead-2"));
            store.collection("drafts").insertOne(lead("draft-1"));
            store.collection("drafts").drop();
            store.client().getDatabase("scratch").getCollection("notes").insertOne(new Document("_id", 1));
            store.client().getDatabase("scratch").drop();
            store.database().createCollection("empty");
        }

        try (ServedStore store = ServedStore.open(directory)) {
            assertThat(store.collection("leads").find().into(new ArrayList<>())).containsExactly(lead("lead-3"));
            assertThat(store.database().listCollectionNames().into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("leads", "empty");
            assertThat(store.client().listDatabaseNames().into(new ArrayList<>())).doesNotContain("scratch");
        }
    }

    @Test
    void shouldStillRejectADuplicateOfAUniqueIndexAfterARestart() {
        IndexOptions unique = new IndexOptions().unique(true);
        try (ServedStore store = ServedStore.open(directory)) {
            store.collection("members").createIndex(Indexes.ascending("email"), unique);
            store.collection("members").insertOne(new Document("_id", "m-1").append("email", "ada@example.com"));
        }

        try (ServedStore store = ServedStore.open(directory)) {
            MongoCollection<Document> members = store.collection("members");
            Document duplicate = new Document("_id", "m-2").append("email", "ada@example.com");

            assertThatThrownBy(() -> members.insertOne(duplicate)).isInstanceOfSatisfying(MongoWriteException.class,
                    e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            members.createIndex(Indexes.ascending("email"), unique);
            assertThatThrownBy(() -> members.insertOne(duplicate)).isInstanceOf(MongoWriteException.class);
            assertThat(members.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("_id_", "email_1");
            assertThat(members.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void shouldOpenAJournalCutShortMidRecordWithEverythingBeforeTheCut() throws IOException {
        try (ServedStore store = ServedStore.open(directory)) {
            insertOneByOne(store, 10);
        }
        try (FileChannel journal = FileChannel.open(newestJournal(), StandardOpenOption.WRITE)) {
            journal.truncate(journal.size() - 3);
        }

        try (ServedStore store = ServedStore.open(directory)) {
            assertThat(ids(store)).containsExactlyElementsOf(leadIds(9));
        }
    }

    @Test
    void shouldOpenAJournalWithGarbageAfterItsLastRecord() throws IOException {
        try (ServedStore store = ServedStore.open(directory)) {
            insertOneByOne(store, 10);
        }
        Files.write(newestJournal(), "not a journal record".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        try (ServedStore store = ServedStore.open(directory)) {
            assertThat(ids(store)).containsExactlyElementsOf(leadIds(10));
        }
    }

    @Test
    void shouldKeepWhatWasCommittedWhenTheProcessDiesWithoutClosing() {
        try (ServedStore store = ServedStore.open(directory)) {
            insertOneByOne(store, 10);

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(idsInACopyOf(directory)).containsExactlyElementsOf(leadIds(10)));
        }
    }

    @Test
    void shouldShrinkTheJournalToTheLiveDocumentsWhenReopened() throws IOException {
        try (ServedStore store = ServedStore.open(directory)) {
            store.collection("leads").insertMany(IntStream.range(0, 10)
                    .mapToObj(i -> new Document("_id", "lead-" + i).append("attempts", 0)
                            .append("payload", "x".repeat(500)))
                    .collect(Collectors.toList()));
            for (int i = 0; i < 2000; i++) {
                store.collection("leads").updateOne(eq("_id", "lead-" + i % 10), inc("attempts", 1));
            }
        }
        long grown = journalBytes();

        try (ServedStore store = ServedStore.open(directory)) {
            assertThat(store.collection("leads").find().map(lead -> lead.getInteger("attempts"))
                    .into(new ArrayList<>())).hasSize(10).containsOnly(200);
        }

        assertThat(journalBytes()).isLessThan(grown / 20);
    }

    @Test
    void shouldKeepEveryDocumentWhenTheJournalIsCompactedWhileWritersRun() throws Exception {
        JournalSettings compactOften = new JournalSettings(Duration.ofMillis(10), 64 * 1024);
        Map<String, Integer> expected = new ConcurrentHashMap<>();
        try (ServedStore store = ServedStore.open(directory, compactOften)) {
            long firstGeneration = newestGeneration();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int seed = writer;
                done.add(writers.submit(() -> write(store.collection("leads"), seed, expected)));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            writers.shutdown();

            assertThat(newestGeneration()).as("compactions while writing").isGreaterThan(firstGeneration + 2);
            assertThat(attempts(store)).isEqualTo(expected);
        }

        try (ServedStore store = ServedStore.open(directory)) {
            assertThat(attempts(store)).isEqualTo(expected);
        }
    }

    @Test
    void shouldRefuseToRenameACollectionRatherThanLoseItOnARestart() {
        try (ServedStore store = ServedStore.open(directory)) {
            store.collection("leads").insertOne(lead("lead-1"));

            assertThatThrownBy(() -> store.collection("leads")
                    .renameCollection(new MongoNamespace(ServedStore.DATABASE, "renamed")))
                    .isInstanceOf(MongoCommandException.class);
        }

        try (ServedStore store = ServedStore.open(directory)) {
            assertThat(store.collection("leads").find().into(new ArrayList<>())).containsExactly(lead("lead-1"));
        }
    }

    @Test
    void shouldRefuseToOpenADirectoryAnotherStoreHasOpen() {
        try (ServedStore store = ServedStore.open(directory)) {
            assertThatThrownBy(() -> JournaledBackend.open(directory, JournalSettings.defaults()))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining(directory.toString());
        }
    }

    /** Every BSON type the services store, so a replayed document is compared value for value and type for type. */
    private static Document lead(String id) {
        return new Document("_id", id)
                .append("name", "Ada Lovelace")
                .append("attempts", 0)
                .append("score", 12.5)
                .append("sequence", 1L << 40)
                .append("receivedAt", new Date(1_700_000_000_000L))
                .append("ownerRef", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("amount", Decimal128.parse("1234.50"))
                .append("address", new Document("city", "Lyon").append("zip", "69001"))
                .append("tags", List.of("web", "emea"))
                .append("optedOut", false)
                .append("note", null);
    }

    private static void write(MongoCollection<Document> leads, int seed, Map<String, Integer> expected) {
        Random random = new Random(seed);
        for (int i = 0; i < 1500; i++) {
            String id = "lead-" + seed + "-" + random.nextInt(25);
            if (i % 7 == 6) {
                leads.deleteOne(eq("_id", id));
                expected.remove(id);
            } else {
                leads.updateOne(eq("_id", id), combine(inc("attempts", 1), set("payload", i + "x".repeat(400))),
                        new UpdateOptions().upsert(true));
                expected.merge(id, 1, Integer::sum);
            }
        }
    }

    private static void insertOneByOne(ServedStore store, int count) {
        leadIds(count).forEach(id -> store.collection("leads").insertOne(new Document("_id", id)));
    }

    private static List<String> leadIds(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("lead-%02d", i))
                .collect(Collectors.toList());
    }

    private static List<Object> ids(ServedStore store) {
        return store.collection("leads").find().sort(ascending("_id")).map(lead -> lead.get("_id"))
                .into(new ArrayList<>());
    }

    private static Map<String, Integer> attempts(ServedStore store) {
        Map<String, Integer> attempts = new HashMap<>();
        store.collection("leads").find()
                .forEach(lead -> attempts.put(lead.getString("_id"), lead.getInteger("attempts")));
        return attempts;
    }

    /** The directory as a process killed at this moment would leave it (the lock file aside). */
    private List<Object> idsInACopyOf(Path source) throws IOException {
        Path copy = Files.createTempDirectory(copies, "copy");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().equals("lock")) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        }
        try (ServedStore store = ServedStore.open(copy)) {
            return ids(store);
        }
    }

    private Path newestJournal() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".journal"))
                    .max(Path::compareTo).orElseThrow();
        }
    }

    private long newestGeneration() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".journal"))
                    .mapToLong(name -> Long.parseLong(name.substring(0, name.indexOf('.'))))
                    .max().orElseThrow();
        }
    }

    private long journalBytes() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> !file.getFileName().toString().equals("lock"))
                    .mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
