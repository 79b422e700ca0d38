package io.leadflow.notification.persistence;

import com.mongodb.bulk.BulkWriteError;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One unordered bulk insert in which an existing {@code _id} is an answer, not a failure. */
final class BulkInserts {

    private static final int DUPLICATE_KEY = 11000;

    private BulkInserts() {
    }

    /**
     * Inserts every document whose id is new and returns the ids that existed already; those documents are
     * left as they are. Any other failure is thrown.
     */
    static <T> Set<String> insertReportingDuplicates(MongoTemplate mongo, Class<T> type, List<T> documents,
            Function<T, String> id) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, type).insert(documents).execute();
            return Set.of();
        } catch (BulkOperationException failed) {
            Set<String> existing = new HashSet<>();
            for (BulkWriteError error : failed.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw failed;
                }
                existing.add(id.apply(documents.get(error.getIndex())));
            }
            return existing;
        }
    }
}
