package io.leadflow.launcher.store;

import static de.bwaldvogel.mongo.backend.Constants.ID_FIELD;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.function.Consumer;

/**
 * A memory collection that journals every change of a document. The three hooks below are where every insert,
 * update, upsert and delete of mongo-java-server lands, each inside one of the collection's synchronized
 * operations; so is {@link #forEachDocument}, which is what makes a snapshot taken by it consistent with the
 * journal (see {@link JournaledBackend#forEachLiveEntry}).
 *
 * <p>System collections (the namespace list and index descriptions) are not journaled document by document: the
 * database journals index changes itself, and replay rebuilds both.
 */
final class JournaledCollection extends MemoryCollection {

    private final boolean journaled;
    /** One past the highest position ever handed out; positions are reused after deletes but never shrink. */
    private int positionLimit;

    JournaledCollection(JournaledDatabase database, String collectionName, CollectionOptions options,
            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
        this.journaled = !JournaledDatabase.isSystemCollection(collectionName);
    }

    @Override
    protected Integer addDocumentInternal(Document document) {
        record(JournalEntry.put(getFullName(), document));
        Integer position = super.addDocumentInternal(document);
        positionLimit = Math.max(positionLimit, position + 1);
        return position;
    }

    /** Updates change the stored document in place before calling this; it is journaled whole, as it now is. */
    @Override
    protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
        record(JournalEntry.put(getFullName(), newDocument));
    }

    @Override
    protected void removeDocument(Integer position) {
        record(JournalEntry.delete(getFullName(), getDocument(position).get(getIdField())));
        super.removeDocument(position);
    }

    /**
     * Hands over the documents at positions {@code from} to {@code from + count - 1}, holding the collection's lock
     * so that none changes while the sink encodes it; the lock is let go between calls, so writers to a large
     * collection wait for one chunk at most.
     *
     * @return the position to continue from, or -1 when there are no more
     */
    synchronized int forEachDocument(int from, int count, Consumer<Document> sink) {
        int end = Math.min(positionLimit, from + count);
        for (int position = from; position < end; position++) {
            Document document = getDocument(position);
            if (document != null) {
                sink.accept(document);
            }
        }
        return end < positionLimit ? end : -1;
    }

    /**
     * Documents found through an index are checked against the whole query again. For a lookup by {@code _id}
     * (one id, or an {@code $in} list of them) the unique {@code _id} index already answered exactly, and the
     * library's check compares each document found with every id of the list: for a batch's 500 ids, 250,000
     * comparisons per read. Such a lookup skips the second check.
     */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Integer> positions, Document orderBy,
            int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        return super.matchDocuments(isIdLookup(query) ? new Document() : query, positions, orderBy, numberToSkip,
                limit, batchSize, fieldSelector);
    }

    private static boolean isIdLookup(Document query) {
        if (query.size() != 1 || !query.containsKey(ID_FIELD)) {
            return false;
        }
        Object id = query.get(ID_FIELD);
        return !(id instanceof Document) || (((Document) id).size() == 1 && ((Document) id).containsKey("$in"));
    }

    /**
     * The library measures every document it inserts and both versions of every document it updates by encoding
     * them to BSON, only to report a collection's data size in its statistics; nothing in leadflow reads that, and
     * the journal encodes each change once already.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    private void record(JournalEntry entry) {
        if (journaled) {
            ((JournaledDatabase) getDatabase()).record(entry);
        }
    }
}
