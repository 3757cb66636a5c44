package io.github.cxonesdk.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Filter groups (API.md): {@code PUT} adds filter ids to a group (idempotent, creates the group),
 * {@code DELETE .../filters/{filterId}} removes one member (404 when it is not one), {@code GET} lists the
 * members in cursor pages. Each change is one atomic step under the map's lock, so concurrent additions
 * of different filters to one group all stay. A group exists once something was added to it.
 * At most {@code MAX_GROUPS} (10,000) groups are kept: assigning one more forgets the least recently assigned
 * group, so the map stays bounded (each group holds at most the existing filters, themselves capped).
 */
final class FilterGroupsApi {
    /** The most groups kept. */
    static final int MAX_GROUPS = 10_000;
    private static final String BASE = "/api/v2/event-processing/filter-groups/{}/filters";
    private static final String MEMBER = BASE + "/{}";

    /** Least recently assigned first, members in the order they were added; guarded by the map itself. */
    private final Map<String, Set<String>> groups;
    private final Predicate<String> filterExists;
    private final FilterAudit audit;

    FilterGroupsApi(Predicate<String> filterExists, FilterAudit audit) {
        this(filterExists, audit, MAX_GROUPS);
    }

    FilterGroupsApi(Predicate<String> filterExists, FilterAudit audit, int maxGroups) {
        this.filterExists = filterExists;
        this.audit = audit;
        this.groups = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                return size() > maxGroups;
            }
        };
    }

    void register(Router router) {
        router.route("PUT", BASE, "event-processing:write", this::assign)
                .route("DELETE", MEMBER, "event-processing:write", this::remove)
                .route("GET", BASE, "event-processing:read", this::list);
    }

    private ApiResponse assign(ApiRequest request) {
        String group = request.var(0);
        JsonNode ids = request.jsonBody().path("filter_ids");
        if (!ids.isArray()) {
            throw ApiException.badRequest("invalid_request", "filter_ids: must be an array of filter ids");
        }
        List<String> added = new ArrayList<>();
        synchronized (groups) {
            // checked under the lock: a filter deleted concurrently is either refused here or, deleted after,
            // removed by forget(), which waits for this lock; it never stays a member of a group
            Set<String> given = new LinkedHashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                JsonNode id = ids.get(i);
                if (!id.isString() || !filterExists.test(id.stringValue())) {
                    throw ApiException.badRequest("invalid_request", "filter_ids[" + i + "]: unknown filter "
                            + Json.write(id));
                }
                given.add(id.stringValue());
            }
            Set<String> members = groups.remove(group); // re-assigning makes the group the most recent
            if (members == null) {
                members = new LinkedHashSet<>();
            }
            for (String id : given) {
                if (members.add(id)) {
                    added.add(id);
                }
            }
            groups.put(group, members);
        }
        for (String id : added) {
            ObjectNode details = Json.object();
            details.put("group_id", group);
            audit.record(request.actor(), "group_assigned", id, details);
        }
        return ApiResponse.noContent();
    }

    private ApiResponse remove(ApiRequest request) {
        String group = request.var(0);
        String filterId = request.var(1);
        synchronized (groups) {
            Set<String> members = groups.get(group);
            if (members == null) {
                throw ApiException.notFound("filter group", group);
            }
            if (!members.remove(filterId)) {
                throw new ApiException(404, "not_found", "filter '" + filterId + "' is not a member of filter group '"
                        + group + "'");
            }
        }
        ObjectNode details = Json.object();
        details.put("group_id", group);
        audit.record(request.actor(), "group_removed", filterId, details);
        return ApiResponse.noContent();
    }

    private ApiResponse list(ApiRequest request) {
        String group = request.var(0);
        int size = request.pageSize();
        String cursor = ResourceStore.decodeCursor(request.queryParam("cursor"));
        List<String> members;
        synchronized (groups) {
            Set<String> current = groups.get(group);
            if (current == null) {
                throw ApiException.notFound("filter group", group);
            }
            members = List.copyOf(current);
        }
        int from;
        try {
            from = cursor == null ? 0 : Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_cursor", "cursor is not valid");
        }
        int to = Math.min(members.size(), from + size);
        ObjectNode body = Json.object();
        ArrayNode page = body.putArray("filter_ids");
        for (int i = Math.min(from, to); i < to; i++) {
            page.add(members.get(i));
        }
        body.put("next_cursor", to < members.size() ? ResourceStore.encodeCursor(Integer.toString(to)) : null);
        return ApiResponse.ok(body);
    }

    void forget(String filterId) {
        synchronized (groups) {
            groups.values().forEach(members -> members.remove(filterId));
        }
    }
}
