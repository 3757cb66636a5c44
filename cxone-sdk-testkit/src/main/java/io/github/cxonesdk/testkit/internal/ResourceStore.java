package io.github.cxonesdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Versioned JSON resources keyed by ids that sort in creation order, with strong quoted ETags and
 * opaque cursor pages. Thread-safe (every method is synchronized).
 */
public final class ResourceStore {
    /**
     * One stored resource.
     *
     * @param id      its id
     * @param body    its JSON body (owned by the store; callers copy before changing)
     * @param etag    quoted ETag of this version
     * @param version 1 on create, +1 on every change
     * @param created creation time
     * @param updated last change time
     */
    public record Entry(String id, ObjectNode body, String etag, long version, Instant created, Instant updated) {
    }

    /**
     * One page.
     *
     * @param items      entries of the page
     * @param nextCursor cursor of the next page, null on the last one
     */
    public record Page(List<Entry> items, String nextCursor) {
    }

    private static final AtomicLong ETAGS = new AtomicLong();

    private final TreeMap<String, Entry> entries = new TreeMap<>();
    private final String prefix;
    private final Clock clock;
    private final int capacity;
    private long nextId = 1;

    public ResourceStore(String prefix, Clock clock, int capacity) {
        this.prefix = prefix;
        this.clock = clock;
        this.capacity = capacity;
    }

    public synchronized Entry create(ObjectNode body) {
        if (entries.size() >= capacity) {
            throw new ApiException(409, "limit_exceeded", "at most " + capacity + " resources of this kind");
        }
        String id = String.format("%s%08d", prefix, nextId++);
        body.put("id", id);
        Instant now = clock.instant();
        Entry entry = new Entry(id, body, newEtag(), 1, now, now);
        entries.put(id, entry);
        return entry;
    }

    public synchronized Entry get(String id, String what) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw ApiException.notFound(what, id);
        }
        return entry;
    }

    public synchronized boolean exists(String id) {
        return entries.containsKey(id);
    }

    /**
     * Replaces a resource when {@code ifMatch} is its current ETag (or {@code *}).
     *
     * @param staleStatus status answered on a stale ETag (412 dashboards, 409 filters)
     */
    public synchronized Entry replace(String id, String what, String ifMatch, int staleStatus, ObjectNode body) {
        Entry current = get(id, what);
        if (ifMatch == null) {
            throw new ApiException(428, "precondition_required", "If-Match is required to update " + what + " '" + id + "'");
        }
        if (!"*".equals(ifMatch.trim()) && !current.etag().equals(ifMatch.trim())) {
            throw new ApiException(staleStatus, staleStatus == 409 ? "conflict" : "precondition_failed",
                    what + " '" + id + "' was modified: If-Match " + ifMatch + " is not the current ETag");
        }
        return store(current, body);
    }

    /** Applies a server-side change without any precondition (concurrent edits, status changes). */
    public synchronized Entry modify(String id, UnaryOperator<ObjectNode> change) {
        Entry current = entries.get(id);
        if (current == null) {
            return null;
        }
        return store(current, change.apply(current.body().deepCopy()));
    }

    private Entry store(Entry current, ObjectNode body) {
        body.put("id", current.id());
        Entry next = new Entry(current.id(), body, newEtag(), current.version() + 1, current.created(), clock.instant());
        entries.put(current.id(), next);
        return next;
    }

    public synchronized Entry delete(String id, String what) {
        Entry removed = entries.remove(id);
        if (removed == null) {
            throw ApiException.notFound(what, id);
        }
        return removed;
    }

    public synchronized List<Entry> all() {
        return new ArrayList<>(entries.values());
    }

    public synchronized Page page(String cursor, int size) {
        String after = decodeCursor(cursor);
        Map<String, Entry> tail = after == null ? entries : entries.tailMap(after, false);
        List<Entry> items = new ArrayList<>();
        for (Entry entry : tail.values()) {
            if (items.size() == size) {
                return new Page(items, encodeCursor(items.get(items.size() - 1).id()));
            }
            items.add(entry);
        }
        return new Page(items, null);
    }

    private static String newEtag() {
        return "\"v" + ETAGS.incrementAndGet() + "\"";
    }

    public static String encodeCursor(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encodeCursor}; null or empty means the first page. */
    public static String decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith("after:")) {
                return decoded.substring(6);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw ApiException.badRequest("invalid_cursor", "cursor '" + cursor + "' is not valid");
    }
}
