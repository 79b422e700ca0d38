package io.leadflow.launcher.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the journal files add up to: the last version of every document and the indexes each collection has at
 * the end. Replay folds the entries into this first and loads the result into the store once, so a document
 * updated a thousand times is stored once, and no unique index is checked against a state that only existed
 * halfway through a replay (a snapshot taken while writers ran can hold one document's older value next to
 * another's newer one; the journal after it puts them right).
 */
final class RecoveredState {

    private final Map<String, Collection> collections = new LinkedHashMap<>();

    void apply(JournalEntry entry) {
        switch (entry.operation()) {
            case PUT:
                collection(entry.namespace()).documents.put(entry.id(), entry.document());
                break;
            case DELETE:
                existing(entry.namespace()).documents.remove(entry.id());
                break;
            case CREATE_INDEX:
                collection(entry.namespace()).indexes.put(entry.indexName(), entry.document());
                break;
            case DROP_INDEX:
                existing(entry.namespace()).indexes.remove(entry.indexName());
                break;
            case DROP_COLLECTION:
                collections.remove(entry.namespace());
                break;
            case DROP_DATABASE:
                collections.keySet().removeIf(namespace -> namespace.startsWith(entry.namespace() + "."));
                break;
            default:
                throw new IllegalStateException("Unhandled journal operation " + entry.operation());
        }
    }

    void loadInto(JournaledBackend backend) {
        collections.forEach((namespace, collection) -> {
            int dot = namespace.indexOf('.');
            JournaledDatabase database = (JournaledDatabase) backend.resolveDatabase(namespace.substring(0, dot));
            database.restore(namespace.substring(dot + 1), collection.documents.values(),
                    collection.indexes.values());
        });
    }

    private Collection collection(String namespace) {
        return collections.computeIfAbsent(namespace, ignored -> new Collection());
    }

    /** A collection dropped before the entry that refers to it changes nothing. */
    private Collection existing(String namespace) {
        return collections.getOrDefault(namespace, new Collection());
    }

    private static final class Collection {
        final Map<Object, Document> documents = new LinkedHashMap<>();
        final Map<String, Document> indexes = new LinkedHashMap<>();
    }
}
