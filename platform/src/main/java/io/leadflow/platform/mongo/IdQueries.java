package io.leadflow.platform.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reads by {@code _id $in}, the one multi-document read mongo-java-server serves from an index. */
public final class IdQueries {

    /**
     * Ids per query. mongo-java-server finds the documents of an {@code _id $in} by index, then checks each
     * one against the whole list again, so a query costs the square of its length: one query per batch of
     * a listener (up to 500 records), several for the rare larger sets.
     */
    public static final int MAX_IDS_PER_QUERY = 500;

    private IdQueries() {
    }

    public static <T> List<T> findAll(MongoTemplate mongo, Collection<String> ids, Class<T> type) {
        List<String> all = List.copyOf(ids);
        List<T> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += MAX_IDS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_IDS_PER_QUERY));
            found.addAll(mongo.find(query(where("_id").in(chunk)), type));
        }
        return found;
    }
}
