package io.leadflow.launcher.store;

import de.bwaldvogel.mongo.bson.Document;

/**
 * One change as the journal keeps it: enough to redo it on replay, without the history before it. A put holds the
 * whole document, not the update that produced it, so replaying a put twice (as a compaction may) changes nothing.
 *
 * @param namespace "database.collection", or only the database's name for {@link Operation#DROP_DATABASE}
 * @param document for a put the document, for a delete {@code {_id}}, for an index its description, for a dropped
 *     index {@code {name}}; null for a dropped collection or database
 */
record JournalEntry(Operation operation, String namespace, Document document) {

    static final String ID_FIELD = "_id";
    static final String INDEX_NAME_FIELD = "name";
    private static final String INDEX_NAMESPACE_FIELD = "ns";

    /** Each operation's code is written into the journal, so existing codes never change. */
    enum Operation {
        PUT(1), DELETE(2), DROP_COLLECTION(3), DROP_DATABASE(4), CREATE_INDEX(5), DROP_INDEX(6);

        final byte code;

        Operation(int code) {
            this.code = (byte) code;
        }

        static Operation of(byte code) {
            for (Operation operation : values()) {
                if (operation.code == code) {
                    return operation;
                }
            }
            throw new IllegalArgumentException("Unknown journal operation " + code);
        }
    }

    static JournalEntry put(String namespace, Document document) {
        return new JournalEntry(Operation.PUT, namespace, document);
    }

    static JournalEntry delete(String namespace, Object id) {
        return new JournalEntry(Operation.DELETE, namespace, new Document(ID_FIELD, id));
    }

    static JournalEntry dropCollection(String namespace) {
        return new JournalEntry(Operation.DROP_COLLECTION, namespace, null);
    }

    static JournalEntry dropDatabase(String databaseName) {
        return new JournalEntry(Operation.DROP_DATABASE, databaseName, null);
    }

    static JournalEntry createIndex(Document description) {
        return new JournalEntry(Operation.CREATE_INDEX, (String) description.get(INDEX_NAMESPACE_FIELD), description);
    }

    static JournalEntry dropIndex(String namespace, String indexName) {
        return new JournalEntry(Operation.DROP_INDEX, namespace, new Document(INDEX_NAME_FIELD, indexName));
    }

    Object id() {
        return document.get(ID_FIELD);
    }

    String indexName() {
        return (String) document.get(INDEX_NAME_FIELD);
    }
}
