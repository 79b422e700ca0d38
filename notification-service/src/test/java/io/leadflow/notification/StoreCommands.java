package io.leadflow.notification;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Records every read and write the service sends to the store, with the {@code _id}s each one names, so
 * tests can count the store operations a notification costs.
 */
public final class StoreCommands implements CommandListener {

    /** One command on the wire: {@code insert}, {@code update}, {@code delete} or {@code find}. */
    public record Command(String name, String collection, Set<String> ids) {
    }

    private static final Set<String> COUNTED = Set.of("insert", "update", "delete", "find");

    private final List<Command> commands = new CopyOnWriteArrayList<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (!COUNTED.contains(name)) {
            return;
        }
        BsonDocument command = event.getCommand();
        Set<String> ids = new LinkedHashSet<>();
        switch (name) {
            case "insert" -> command.getArray("documents").forEach(document -> addIds(document.asDocument().get("_id"), ids));
            case "update" -> command.getArray("updates").forEach(update -> addIdsOfFilter(update.asDocument().getDocument("q"), ids));
            case "delete" -> command.getArray("deletes").forEach(delete -> addIdsOfFilter(delete.asDocument().getDocument("q"), ids));
            default -> addIdsOfFilter(command.getDocument("filter", new BsonDocument()), ids);
        }
        commands.add(new Command(name, command.getString(name).getValue(), ids));
    }

    /** The commands so far that name any of these ids. */
    public List<Command> naming(Set<String> ids) {
        return commands.stream().filter(command -> command.ids().stream().anyMatch(ids::contains)).toList();
    }

    private static void addIdsOfFilter(BsonDocument filter, Set<String> ids) {
        addIds(filter.get("_id"), ids);
    }

    private static void addIds(BsonValue id, Set<String> ids) {
        if (id == null) {
            return;
        }
        if (id.isString()) {
            ids.add(id.asString().getValue());
        } else if (id.isDocument() && id.asDocument().containsKey("$in")) {
            BsonArray in = id.asDocument().getArray("$in");
            in.forEach(value -> addIds(value, ids));
        }
    }
}
