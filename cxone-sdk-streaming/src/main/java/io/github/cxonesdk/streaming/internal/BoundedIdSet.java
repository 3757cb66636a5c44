package io.github.cxonesdk.streaming.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent ids seen, at most {@code capacity} (the oldest is forgotten first). Not thread-safe. */
public final class BoundedIdSet {
    private final int capacity;
    private final LinkedHashMap<String, Boolean> ids;

    /**
     * Creates the set.
     *
     * @param capacity how many ids to remember, at least 1
     */
    public BoundedIdSet(int capacity) {
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 2) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > BoundedIdSet.this.capacity;
            }
        };
    }

    /**
     * Adds an id.
     *
     * @param id the id
     * @return false when it was already present
     */
    public boolean add(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }

    /** @return how many ids are remembered */
    public int size() {
        return ids.size();
    }
}
