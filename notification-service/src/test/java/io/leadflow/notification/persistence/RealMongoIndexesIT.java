package io.leadflow.notification.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * On a real MongoDB, every query the service sends is served by an index its documents declare: none reads
 * a whole collection. Runs where Docker exists; skipped, and reported as skipped, where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoIndexesIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    static MongoClient client;
    static MongoTemplate mongo;

    @BeforeAll
    static void createDeclaredIndexes() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
        mongo = new MongoTemplate(client, "leadflow-notification");
        IndexResolver resolver = IndexResolver.create(new MongoMappingContext());
        for (Class<?> document : List.of(NotificationDocument.class, DueNotificationDocument.class)) {
            resolver.resolveIndexFor(document).forEach(index -> mongo.indexOps(document).createIndex(index));
            mongo.insert(new Document("_id", "placeholder"), mongo.getCollectionName(document));
        }
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void shouldReadNotificationsByIdThroughTheIdIndex() {
        assertServedByAnIndex(NotificationDocument.class, Filters.in(NotificationDocument.ID, "n-1", "n-2"), null);
    }

    @Test
    void shouldReadALeadsDeliveryLogThroughTheDeliveryLogIndex() {
        assertServedByAnIndex(NotificationDocument.class, Filters.eq(NotificationDocument.LEAD_ID, "00Q-1"),
                Sorts.ascending(NotificationDocument.CREATED_AT, NotificationDocument.ID));
    }

    @Test
    void shouldPollDueEntriesThroughTheDueAtIndex() {
        assertServedByAnIndex(DueNotificationDocument.class,
                Filters.lte(DueNotificationDocument.DUE_AT, Date.from(Instant.now())),
                Sorts.ascending(DueNotificationDocument.DUE_AT));
    }

    static void assertServedByAnIndex(Class<?> document, Bson filter, Bson sort) {
        MongoCollection<Document> collection = mongo.getCollection(mongo.getCollectionName(document));
        String plan = (sort == null ? collection.find(filter) : collection.find(filter).sort(sort)).explain().toJson();

        assertThat(plan).doesNotContain("COLLSCAN").containsAnyOf("IXSCAN", "IDHACK", "EXPRESS");
    }
}
