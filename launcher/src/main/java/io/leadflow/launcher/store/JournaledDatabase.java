package io.leadflow.launcher.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.ErrorCode;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * A database of {@link JournaledCollection}s (held in memory, journaled) which journals index and collection changes
 * itself; indexes are mongo-java-server's memory indexes.
 */
final class JournaledDatabase extends AbstractSynchronizedMongoDatabase<Integer> {

    /** Documents a snapshot encodes per hold of a collection's lock: a few milliseconds of waiting for writers. */
    private static final int SNAPSHOT_CHUNK = 512;
    private static final String NAMESPACES_COLLECTION = "system.namespaces";
    private static final String NAMESPACE_NAME_FIELD = "name";
    private static final String PRIMARY_KEY_INDEX = "_id_";

    private final JournaledBackend backend;

    JournaledDatabase(String databaseName, CursorRegistry cursorRegistry, JournaledBackend backend) {
        super(databaseName, cursorRegistry);
        this.backend = backend;
        initializeNamespacesAndIndexes();
    }

    static boolean isSystemCollection(String collectionName) {
        return collectionName.startsWith("system.");
    }

    void record(JournalEntry entry) {
        backend.record(entry);
    }

    @Override
    protected JournaledCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new JournaledCollection(this, collectionName, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new MemoryUniqueIndex(indexName, keys, sparse);
    }

    @Override
    protected long getStorageSize() {
        return 0;
    }

    @Override
    protected long getFileSize() {
        return 0;
    }

    /** Every collection's {@code _id_} index comes through here too, so an empty collection is journaled as well. */
    @Override
    protected void addIndex(Document indexDescription) {
        super.addIndex(indexDescription);
        record(JournalEntry.createIndex(indexDescription));
    }

    @Override
    protected void dropIndex(MongoCollection<Integer> collection, String indexName) {
        super.dropIndex(collection, indexName);
        record(JournalEntry.dropIndex(collection.getFullName(), indexName));
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        String namespace = getFullCollectionNamespace(collectionName);
        super.dropCollection(collectionName, oplog);
        if (!isSystemCollection(collectionName)) {
            record(JournalEntry.dropCollection(namespace));
        }
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        backend.dropped(this);
    }

    /** The journal names documents by their collection's name; a rename would leave them under the old one. */
    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        throw new MongoServerError(ErrorCode.IllegalOperation,
                "renameCollection is not supported by leadflow's embedded store");
    }

    /** Puts a collection back as replay found it: documents first, then its indexes, built over them. */
    void restore(String collectionName, Collection<Document> documents, Collection<Document> indexDescriptions) {
        MongoCollection<Integer> collection = resolveCollection(collectionName, false);
        if (collection == null) {
            collection = createCollectionOrThrowIfExists(collectionName, CollectionOptions.withDefaults());
        }
        documents.forEach(collection::addDocument);
        for (Document description : indexDescriptions) {
            if (!PRIMARY_KEY_INDEX.equals(description.get(JournalEntry.INDEX_NAME_FIELD))) {
                addIndex(description);
            }
        }
    }

    /**
     * Hands over this database's live contents as journal entries: every index description, then every document.
     * Each is handed over while its collection's lock is held, so the sink must encode it before returning.
     */
    void forEachLiveEntry(Consumer<JournalEntry> sink) {
        MongoCollection<Integer> indexCollection = indexes.get();
        if (indexCollection == null) {
            return;
        }
        synchronized (indexCollection) {
            indexCollection.queryAll().forEach(description -> sink.accept(JournalEntry.createIndex(description)));
        }
        for (Document namespace : resolveCollection(NAMESPACES_COLLECTION, true).queryAll()) {
            String fullName = (String) namespace.get(NAMESPACE_NAME_FIELD);
            MongoCollection<Integer> collection = resolveCollection(fullName.substring(databaseName.length() + 1),
                    false);
            if (collection instanceof JournaledCollection) {
                JournaledCollection journaled = (JournaledCollection) collection;
                int next = 0;
                while (next >= 0) {
                    next = journaled.forEachDocument(next, SNAPSHOT_CHUNK,
                            document -> sink.accept(JournalEntry.put(fullName, document)));
                }
            }
        }
    }
}
