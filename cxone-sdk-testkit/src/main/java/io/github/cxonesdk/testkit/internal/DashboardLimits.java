package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The server-side dashboard checks of API.md; the first broken rule is answered as a 400. */
final class DashboardLimits {
    static final int MAX_WIDGETS = 15;
    static final Duration MAX_SPAN = Duration.ofDays(30);
    static final Duration MAX_FUTURE = Duration.ofHours(1);
    static final int MAX_GROUP_BY = 5;
    static final Set<String> AGGREGATIONS = Set.of("SUM", "AVG", "COUNT", "MIN", "MAX");

    private final Clock clock;

    DashboardLimits(Clock clock) {
        this.clock = clock;
    }

    void check(ObjectNode dashboard) {
        JsonNode name = dashboard.get("name");
        if (name == null || !name.isString() || name.stringValue().isBlank()) {
            throw ApiException.badRequest("invalid_request", "name: must not be blank");
        }
        JsonNode widgets = dashboard.path("widgets");
        if (widgets.isMissingNode() || widgets.isNull()) {
            return;
        }
        if (!widgets.isArray()) {
            throw ApiException.badRequest("invalid_request", "widgets: must be an array");
        }
        if (widgets.size() > MAX_WIDGETS) {
            throw complexity("widgets: " + widgets.size() + " widgets exceed the limit of " + MAX_WIDGETS);
        }
        for (int i = 0; i < widgets.size(); i++) {
            JsonNode query = widgets.get(i).path("query");
            if (query.isObject()) {
                checkQuery("widgets[" + i + "].query", query);
            }
        }
    }

    private void checkQuery(String path, JsonNode query) {
        JsonNode range = query.path("dateRange");
        if (range.isObject()) {
            Instant start = instant(path + ".dateRange.start", range.get("start"));
            Instant end = instant(path + ".dateRange.end", range.get("end"));
            if (!start.isBefore(end)) {
                throw ApiException.badRequest("invalid_request", path + ".dateRange: start must be before end");
            }
            if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
                throw complexity(path + ".dateRange: spans " + Duration.between(start, end).toHours()
                        + " hours, more than the limit of 30 days");
            }
            if (end.isAfter(clock.instant().plus(MAX_FUTURE))) {
                throw complexity(path + ".dateRange.end: ends more than 1 hour in the future");
            }
        }
        JsonNode groupBy = query.path("groupBy");
        if (groupBy.isArray() && groupBy.size() > MAX_GROUP_BY) {
            throw complexity(path + ".groupBy: " + groupBy.size() + " dimensions exceed the limit of " + MAX_GROUP_BY);
        }
        JsonNode metrics = query.path("metrics");
        if (!metrics.isArray() || metrics.isEmpty()) {
            throw complexity(path + ".metrics: at least one metric is required");
        }
        for (int m = 0; m < metrics.size(); m++) {
            JsonNode metric = metrics.get(m);
            String metricPath = path + ".metrics[" + m + "]";
            String metricName = Json.string(metric, "name");
            if (metricName == null || metricName.isBlank()) {
                throw complexity(metricPath + ".name: a metric needs a name");
            }
            String aggregation = Json.string(metric, "aggregation");
            if (aggregation == null || !AGGREGATIONS.contains(aggregation)) {
                throw complexity(metricPath + ".aggregation: must be one of SUM, AVG, COUNT, MIN, MAX, was "
                        + (aggregation == null ? "missing" : "'" + aggregation + "'"));
            }
        }
    }

    private static Instant instant(String path, JsonNode node) {
        if (node == null || !node.isString()) {
            throw ApiException.badRequest("invalid_request", path + ": an ISO-8601 instant is required");
        }
        try {
            return OffsetDateTime.parse(node.stringValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_request", path + ": not an ISO-8601 instant: '" + node.stringValue() + "'");
        }
    }

    private static ApiException complexity(String message) {
        return ApiException.badRequest("query_complexity_exceeded", message);
    }
}
