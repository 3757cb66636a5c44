package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hit-rate metrics of filters, counted from the events the simulator streamed and that matched
 * ACTIVE filters, in 10-second slots kept for 6 hours (fixed-size rings of about 26 KB per filter).
 */
public final class FilterMetrics {
    private static final long SLOT_MILLIS = 10_000;
    private static final int SLOTS = 2_160;
    private static final Set<String> METRICS = Set.of("hit_count", "throughput_rate", "match_ratio");

    /** A ring of per-slot counters. */
    private static final class Ring {
        private final long[] slotOf = new long[SLOTS];
        private final int[] counts = new int[SLOTS];

        synchronized void add(long slot) {
            int i = (int) Math.floorMod(slot, (long) SLOTS);
            if (slotOf[i] != slot) {
                slotOf[i] = slot;
                counts[i] = 0;
            }
            counts[i]++;
        }

        synchronized long get(long slot) {
            int i = (int) Math.floorMod(slot, (long) SLOTS);
            return slotOf[i] == slot ? counts[i] : 0;
        }
    }

    private final Clock clock;
    private final Ring evaluated = new Ring();
    private final Map<String, Ring> hits = new ConcurrentHashMap<>();
    private final Predicate<String> filterExists;

    public FilterMetrics(Clock clock, Predicate<String> filterExists) {
        this.clock = clock;
        this.filterExists = filterExists;
    }

    public void register(Router router) {
        router.route("GET", "/api/v2/analytics/event-processing/filter-metrics", "analytics:read", this::query);
    }

    /** Counts one streamed event and the ids of the ACTIVE filters it matched. */
    public void count(List<String> matchedFilterIds) {
        long slot = Math.floorDiv(clock.millis(), SLOT_MILLIS);
        evaluated.add(slot);
        for (String id : matchedFilterIds) {
            hits.computeIfAbsent(id, k -> new Ring()).add(slot);
        }
    }

    public void forget(String filterId) {
        hits.remove(filterId);
    }

    private ApiResponse query(ApiRequest request) {
        String filterId = request.queryParam("filter_id");
        if (filterId == null || filterId.isBlank()) {
            throw ApiException.badRequest("invalid_request", "filter_id is required");
        }
        if (!filterExists.test(filterId)) {
            throw ApiException.notFound("filter", filterId);
        }
        String intervalText = request.queryParam("interval") == null ? "PT5M" : request.queryParam("interval");
        Duration interval = duration("interval", intervalText);
        if (interval.toMillis() < SLOT_MILLIS || interval.toMillis() % SLOT_MILLIS != 0) {
            throw ApiException.badRequest("invalid_request", "interval must be a multiple of 10 seconds, was " + intervalText);
        }
        List<String> metrics = metrics(request.queryParam("metrics"));
        Instant end = request.queryParam("end_time") == null ? clock.instant() : instant("end_time", request.queryParam("end_time"));
        String startText = request.queryParam("start_time") == null ? "-PT3600S" : request.queryParam("start_time");
        Instant start = startText.startsWith("-") ? end.minus(duration("start_time", startText.substring(1)))
                : instant("start_time", startText);
        if (!start.isBefore(end)) {
            throw ApiException.badRequest("invalid_request", "start_time must be before end_time");
        }
        long step = interval.toMillis();
        long first = Math.floorDiv(start.toEpochMilli(), step) * step;
        if ((end.toEpochMilli() - first) / step > 2_000) {
            throw ApiException.badRequest("invalid_request", "too many intervals between start_time and end_time");
        }
        ObjectNode body = Json.object();
        body.put("filter_id", filterId);
        body.put("interval", intervalText);
        body.set("series", series(hits.getOrDefault(filterId, new Ring()), first, end.toEpochMilli(), step, metrics));
        return ApiResponse.ok(body);
    }

    private ArrayNode series(Ring ring, long first, long end, long step, List<String> metrics) {
        ArrayNode series = Json.array();
        for (long bucket = first; bucket < end; bucket += step) {
            long hitCount = 0;
            long total = 0;
            for (long slot = bucket / SLOT_MILLIS; slot < (bucket + step) / SLOT_MILLIS; slot++) {
                hitCount += ring.get(slot);
                total += evaluated.get(slot);
            }
            ObjectNode point = series.addObject();
            point.put("start", Instant.ofEpochMilli(bucket).toString());
            if (metrics.contains("hit_count")) {
                point.put("hit_count", hitCount);
            }
            if (metrics.contains("throughput_rate")) {
                point.put("throughput_rate", hitCount / (step / 1000.0));
            }
            if (metrics.contains("match_ratio")) {
                point.put("match_ratio", total == 0 ? 0.0 : (double) hitCount / total);
            }
        }
        return series;
    }

    private static List<String> metrics(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of("hit_count", "throughput_rate", "match_ratio");
        }
        List<String> names = List.of(raw.split(","));
        for (String name : names) {
            if (!METRICS.contains(name.trim())) {
                throw ApiException.badRequest("invalid_request", "metrics: unknown metric '" + name.trim() + "'");
            }
        }
        return names.stream().map(String::trim).toList();
    }

    private static Duration duration(String name, String text) {
        try {
            Duration d = Duration.parse(text);
            if (d.isNegative() || d.isZero()) {
                throw ApiException.badRequest("invalid_request", name + " must be positive, was " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_request", name + " is not an ISO-8601 duration: '" + text + "'");
        }
    }

    private static Instant instant(String name, String text) {
        try {
            // a '+' of an unencoded offset arrives as a space
            return java.time.OffsetDateTime.parse(text.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_request", name + " is not an ISO-8601 instant: '" + text + "'");
        }
    }
}
