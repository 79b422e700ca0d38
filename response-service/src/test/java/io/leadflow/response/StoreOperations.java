package io.leadflow.response;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every command the service's Kafka consumers send to MongoDB: what the hot path costs the store. */
final class StoreOperations implements CommandListener {

    private static final Set<String> DATA_COMMANDS =
            Set.of("find", "insert", "update", "delete", "findAndModify", "aggregate", "count", "distinct");

    private final List<Operation> operations = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        StoreOperations storeOperations() {
            return new StoreOperations();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordStoreOperations(StoreOperations operations) {
            return settings -> settings.addCommandListener(operations);
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        // The sync driver calls listeners on the calling thread: the consumers' threads are the hot path.
        if (DATA_COMMANDS.contains(event.getCommandName())
                && Thread.currentThread().getName().contains("KafkaListenerEndpointContainer")) {
            operations.add(new Operation(event.getCommandName(),
                    event.getCommand().getString(event.getCommandName()).getValue(), event.getCommand().clone()));
        }
    }

    /** The operations whose command names any of the ids (in a filter or in a document), in the order sent. */
    List<Operation> mentioning(String... ids) {
        return operations.stream().filter(operation -> Stream.of(ids).anyMatch(operation::mentions)).toList();
    }

    /** A command: its name, its collection and what it sent. */
    record Operation(String name, String collection, BsonDocument command) {

        @Override
        public String toString() {
            return name + " " + collection;
        }

        boolean mentions(String id) {
            return command.toJson().contains(id);
        }

        /** The filters the command selects documents by. */
        List<BsonDocument> filters() {
            return switch (name) {
                case "find" -> List.of(command.getDocument("filter", new BsonDocument()));
                case "update" -> statements("updates", "q");
                case "delete" -> statements("deletes", "q");
                case "findAndModify" -> List.of(command.getDocument("query", new BsonDocument()));
                default -> List.of();
            };
        }

        private List<BsonDocument> statements(String field, String filter) {
            return command.getArray(field).stream()
                    .map(BsonValue::asDocument)
                    .map(statement -> statement.getDocument(filter))
                    .toList();
        }
    }
}
