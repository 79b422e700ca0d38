package io.leadflow.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids. An event that is the consequence of another fact gets an id derived from that fact, so
 * publishing it again after a crash or a redelivery yields the same id and consumers drop the repeat.
 */
public final class EventIds {

    private EventIds() {
    }

    /** A new id for an event that is the first of its kind (for example, produced by a person). */
    public static String random() {
        return UUID.randomUUID().toString();
    }

    /** The same id every time for the same parts, e.g. {@code derived("lead.assigned", assignmentId)}. */
    public static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
