package io.leadflow.dashboard.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A map that forgets its least recently used entry beyond a capacity: what keeps the dashboard's memory flat. */
final class Bounded<K, V> extends LinkedHashMap<K, V> {

    private final int capacity;

    Bounded(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
