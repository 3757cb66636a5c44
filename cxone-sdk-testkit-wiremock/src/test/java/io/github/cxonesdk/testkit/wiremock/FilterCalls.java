package io.github.cxonesdk.testkit.wiremock;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.CxoneResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The event-processing calls of API.md at the HTTP level (core {@link CxoneHttp} with raw JSON), for the
 * contract suite. The one file to switch to the eventbridge {@code FiltersClient} once its rework lands.
 */
final class FilterCalls {
    private static final String FILTERS = "/api/v2/event-processing/filters";
    private static final String GROUP = "/api/v2/event-processing/filter-groups/{}/filters";

    private final CxoneHttp http;

    FilterCalls(CxoneHttp http) {
        this.http = http;
    }

    CxoneResponse<JsonNode> validate(Object filter) {
        return http.execute(CxoneRequest.post(FILTERS + "/validate").operation("ValidateFilter").body(filter)
                .idempotent(true).build(), JsonNode.class);
    }

    CxoneResponse<JsonNode> create(Object filter) {
        return http.execute(CxoneRequest.post(FILTERS).operation("CreateFilter").body(filter).build(), JsonNode.class);
    }

    CxoneResponse<JsonNode> get(String filterId, boolean exportState) {
        CxoneRequest.Builder request = CxoneRequest.get(FILTERS + "/{}", filterId).operation("GetFilter");
        if (exportState) {
            request.query("export_state", "true");
        }
        return http.execute(request.build(), JsonNode.class);
    }

    JsonNode status(String filterId) {
        return http.execute(CxoneRequest.get(FILTERS + "/{}/status", filterId).operation("GetFilterStatus").build(),
                JsonNode.class).body();
    }

    CxoneResponse<JsonNode> update(String filterId, Object filter, String etag) {
        return http.execute(CxoneRequest.put(FILTERS + "/{}", filterId).operation("UpdateFilter")
                .header("If-Match", etag).body(filter).build(), JsonNode.class);
    }

    void delete(String filterId) {
        http.execute(CxoneRequest.delete(FILTERS + "/{}", filterId).operation("DeleteFilter").build(), Void.class);
    }

    CxoneResponse<Void> addToGroup(String groupId, List<String> filterIds) {
        return http.execute(CxoneRequest.put(GROUP, groupId).operation("AddToFilterGroup")
                .body(Map.of("filter_ids", filterIds)).build(), Void.class);
    }

    CxoneResponse<Void> removeFromGroup(String groupId, String filterId) {
        return http.execute(CxoneRequest.delete(GROUP + "/{}", groupId, filterId).operation("RemoveFromFilterGroup")
                .build(), Void.class);
    }

    JsonNode groupPage(String groupId, int pageSize, String cursor) {
        CxoneRequest.Builder request = CxoneRequest.get(GROUP, groupId).operation("ListFilterGroup")
                .query("page_size", pageSize);
        if (cursor != null) {
            request.query("cursor", cursor);
        }
        return http.execute(request.build(), JsonNode.class).body();
    }

    JsonNode metrics(String filterId, String endTime) {
        return http.execute(CxoneRequest.get("/api/v2/analytics/event-processing/filter-metrics")
                .operation("GetFilterMetrics").query("filter_id", filterId).query("interval", "PT5M")
                .query("metrics", "hit_count,throughput_rate,match_ratio").query("start_time", "-PT3600S")
                .query("end_time", endTime).build(), JsonNode.class).body();
    }

    JsonNode auditPage(String filterId, String cursor) {
        CxoneRequest.Builder request = CxoneRequest.get("/api/v2/event-processing/audit-logs")
                .operation("ListAuditLogs").query("filter_id", filterId).query("page_size", 50);
        if (cursor != null) {
            request.query("cursor", cursor);
        }
        return http.execute(request.build(), JsonNode.class).body();
    }
}
