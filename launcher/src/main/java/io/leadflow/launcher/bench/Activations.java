package io.leadflow.launcher.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One batch of {@code response.activated} events the benchmark sends: which responses, and when each was sent
 * (its occurredAt). Written by the sending thread, read by the thread that reads {@code lead.assigned}.
 */
final class Activations {

    private final int size;
    private final Map<String, Long> sentAtMillis = new ConcurrentHashMap<>();
    private volatile long acknowledgedAtMillis;

    Activations(int size) {
        this.size = size;
    }

    int size() {
        return size;
    }

    void sent(String responseId, long atMillis) {
        sentAtMillis.put(responseId, atMillis);
    }

    /** The broker confirmed every activation of the batch. */
    void acknowledged(long atMillis) {
        acknowledgedAtMillis = atMillis;
    }

    boolean contains(String responseId) {
        return sentAtMillis.containsKey(responseId);
    }

    long sentAt(String responseId) {
        return sentAtMillis.get(responseId);
    }

    Iterable<String> responseIds() {
        return sentAtMillis.keySet();
    }

    long firstSentAt() {
        return sentAtMillis.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    long acknowledgedAt() {
        return acknowledgedAtMillis;
    }
}
