package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v2/events}: accepts one event (202) and keeps the most recent ones; above the
 * configured rate it answers 429 with {@code Retry-After} in seconds (fixed one-second windows).
 */
public final class IngestionApi {
    private static final int MAX_KEPT = 10_000;

    private final Clock clock;
    private final int ratePerSecond;
    private final AtomicLong ids = new AtomicLong();
    private final Deque<String> kept = new ArrayDeque<>();
    private long windowSecond = Long.MIN_VALUE;
    private int windowCount;

    public IngestionApi(Clock clock, int ratePerSecond) {
        this.clock = clock;
        this.ratePerSecond = ratePerSecond;
    }

    public void register(Router router) {
        router.route("POST", SimulatorServer.EVENTS_PATH, "events:ingest", this::ingest);
    }

    private ApiResponse ingest(ApiRequest request) {
        ObjectNode event = request.jsonBody();
        admit();
        String id = "ing-" + ids.incrementAndGet();
        synchronized (kept) {
            if (kept.size() == MAX_KEPT) {
                kept.removeFirst();
            }
            kept.addLast(Json.write(event));
        }
        ObjectNode body = Json.object();
        body.put("id", id);
        body.put("status", "accepted");
        return ApiResponse.of(202, body);
    }

    private synchronized void admit() {
        if (ratePerSecond <= 0) {
            return;
        }
        long now = clock.millis();
        long second = Math.floorDiv(now, 1000);
        if (second != windowSecond) {
            windowSecond = second;
            windowCount = 0;
        }
        if (windowCount >= ratePerSecond) {
            throw new ApiException(429, "too_many_requests", "ingestion rate of " + ratePerSecond + " events/s exceeded")
                    .header("Retry-After", "1");
        }
        windowCount++;
    }

    public List<String> kept() {
        synchronized (kept) {
            return List.copyOf(kept);
        }
    }
}
