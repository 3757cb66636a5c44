package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The audit log of every filter change (newest 10,000 kept), served in cursor pages. Thread-safe. */
public final class FilterAudit {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(long seq, ObjectNode json) {
    }

    private final Clock clock;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private long nextSeq = 1;

    public FilterAudit(Clock clock) {
        this.clock = clock;
    }

    public void register(Router router) {
        router.route("GET", "/api/v2/event-processing/audit-logs", "event-processing:read", this::page);
    }

    public synchronized void record(String actor, String action, String filterId, ObjectNode details) {
        long seq = nextSeq++;
        ObjectNode json = Json.object();
        json.put("id", "aud-" + seq);
        json.put("timestamp", clock.instant().toString());
        json.put("actor", actor);
        json.put("action", action);
        json.put("filter_id", filterId);
        json.set("details", details == null ? Json.object() : details);
        if (entries.size() == MAX_ENTRIES) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(seq, json));
    }

    private synchronized ApiResponse page(ApiRequest request) {
        String filterId = request.queryParam("filter_id");
        int size = request.pageSize();
        String after = ResourceStore.decodeCursor(request.queryParam("cursor"));
        long afterSeq;
        try {
            afterSeq = after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_cursor", "cursor is not valid");
        }
        ObjectNode body = Json.object();
        ArrayNode items = body.putArray("entries");
        String next = null;
        long last = 0;
        for (Entry entry : entries) {
            if (entry.seq() <= afterSeq || (filterId != null && !filterId.equals(Json.string(entry.json(), "filter_id")))) {
                continue;
            }
            if (items.size() == size) {
                next = ResourceStore.encodeCursor(Long.toString(last));
                break;
            }
            items.add(entry.json().deepCopy());
            last = entry.seq();
        }
        body.put("next_cursor", next);
        return ApiResponse.ok(body);
    }
}
