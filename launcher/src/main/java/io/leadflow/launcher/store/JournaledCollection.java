package io.leadflow.launcher.store;

import static de.bwaldvogel.mongo.backend.Constants.ID_FIELD;

import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A collection held in memory as BSON, one byte array per document, that journals every change of a document.
 * mongo-java-server's own memory collection keeps each document as a tree of hash maps, about four times the
 * document's size, so a store of a few hundred thousand leads outgrew the heap and its collections kept the
 * garbage collector busy; bytes cost their size, and a document is decoded only when it is read (reads on the hot
 * paths are by {@code _id}, so that is what they find). An update changes the decoded copy it was handed and comes
 * back through {@link #handleUpdate}, which stores it encoded again.
 *
 * <p>{@link #addDocumentInternal}, {@link #handleUpdate} and {@link #removeDocument} are where every insert, update,
 * upsert and delete of mongo-java-server lands, each inside one of the collection's synchronized operations, and
 * journals it; so is {@link #forEachDocument}, which is what makes a snapshot taken by it consistent with the
 * journal (see {@link JournaledBackend#forEachLiveEntry}).
 *
 * <p>System collections (the namespace list and index descriptions) are not journaled document by document: the
 * database journals index changes itself, and replay rebuilds both.
 */
final class JournaledCollection extends AbstractSynchronizedMongoCollection<Integer> {

    private final boolean journaled;
    private final List<byte[]> documents = new ArrayList<>();
    private final Deque<Integer> freePositions = new ArrayDeque<>();

    JournaledCollection(JournaledDatabase database, String collectionName, CollectionOptions options,
            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
        this.journaled = !JournaledDatabase.isSystemCollection(collectionName);
    }

    @Override
    protected Integer addDocumentInternal(Document document) {
        record(JournalEntry.put(getFullName(), document));
        Integer position = freePositions.poll();
        if (position == null) {
            documents.add(encode(document));
            return documents.size() - 1;
        }
        documents.set(position, encode(document));
        return position;
    }

    /** The document was changed in place (a decoded copy); it is stored and journaled whole, as it now is. */
    @Override
    protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
        record(JournalEntry.put(getFullName(), newDocument));
        documents.set(position, encode(newDocument));
    }

    @Override
    protected void removeDocument(Integer position) {
        record(JournalEntry.delete(getFullName(), getDocument(position).get(ID_FIELD)));
        documents.set(position, null);
        freePositions.add(position);
    }

    @Override
    protected Document getDocument(Integer position) {
        byte[] bytes = documents.get(position);
        return bytes == null ? null : decode(bytes);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit,
            int batchSize, Document fieldSelector) {
        IntStream positions = IntStream.range(0, documents.size());
        if (isNaturalDescending(orderBy)) {
            positions = positions.map(position -> documents.size() - 1 - position);
        }
        Stream<Document> stored = positions.mapToObj(this::getDocument).filter(document -> document != null);
        return matchDocumentsFromStream(stored, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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

    @Override
    protected Stream<DocumentWithPosition<Integer>> streamAllDocumentsWithPosition() {
        return IntStream.range(0, documents.size())
                .filter(position -> documents.get(position) != null)
                .mapToObj(position -> new DocumentWithPosition<>(getDocument(position), position));
    }

    @Override
    public synchronized int count() {
        return documents.size() - freePositions.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return count() == 0;
    }

    /**
     * Statistics only: the library would encode every document it inserts and both versions of every document it
     * updates once more to track a collection's data size, and nothing in leadflow reads it.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
    }

    @Override
    protected int getDataSize() {
        return 0;
    }

    /**
     * Hands over the documents at positions {@code from} to {@code from + count - 1}, holding the collection's lock
     * so that none changes while the sink encodes it; the lock is let go between calls, so writers to a large
     * collection wait for one chunk at most.
     *
     * @return the position to continue from, or -1 when there are no more
     */
    synchronized int forEachDocument(int from, int count, Consumer<Document> sink) {
        int end = Math.min(documents.size(), from + count);
        for (int position = from; position < end; position++) {
            Document document = getDocument(position);
            if (document != null) {
                sink.accept(document);
            }
        }
        return end < documents.size() ? end : -1;
    }

    private void record(JournalEntry entry) {
        if (journaled) {
            ((JournaledDatabase) getDatabase()).record(entry);
        }
    }

    private static byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(document, buffer);
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }

    private static Document decode(byte[] bytes) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
    }
}
