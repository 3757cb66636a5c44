package io.github.cxonesdk.testkit.wiremock.internal;

import java.util.List;

/**
 * One authenticated call of the wire contract (API.md): method, path pattern and the scope it needs.
 *
 * @param name    stable stub name, also the mapping file name
 * @param method  HTTP method
 * @param path    path regular expression (WireMock {@code urlPathMatching})
 * @param scope   the scope a token needs for the call
 */
public record Route(String name, String method, String path, String scope) {
    /**
     * One path segment (an id) the stubs answer: unreserved URL characters only, because stubs echo ids
     * into JSON bodies; other ids fall through to a 404.
     */
    public static final String ID = "[A-Za-z0-9._~-]+";

    /** The dashboards collection. */
    public static final String DASHBOARDS = "/api/v2/dashboards";
    /** The subscriptions collection. */
    public static final String SUBSCRIPTIONS = "/api/v2/events/subscriptions";
    /** Event ingestion. */
    public static final String EVENTS = "/api/v2/events";
    /** The filters collection. */
    public static final String FILTERS = "/api/v2/event-processing/filters";
    /** A filter group's members. */
    public static final String GROUP = "/api/v2/event-processing/filter-groups/" + ID + "/filters";
    /** Filter metrics. */
    public static final String METRICS = "/api/v2/analytics/event-processing/filter-metrics";
    /** The audit log. */
    public static final String AUDIT = "/api/v2/event-processing/audit-logs";

    /** Every authenticated call of API.md, in its order. */
    public static final List<Route> ALL = List.of(
            new Route("dashboards-create", "POST", DASHBOARDS, "dashboard:write"),
            new Route("dashboards-list", "GET", DASHBOARDS, "dashboard:read"),
            new Route("dashboards-get", "GET", DASHBOARDS + "/" + ID, "dashboard:read"),
            new Route("dashboards-update", "PUT", DASHBOARDS + "/" + ID, "dashboard:write"),
            new Route("dashboards-delete", "DELETE", DASHBOARDS + "/" + ID, "dashboard:write"),
            new Route("subscriptions-create", "POST", SUBSCRIPTIONS, "webhook:write"),
            new Route("subscriptions-get", "GET", SUBSCRIPTIONS + "/" + ID, "event:subscribe"),
            new Route("subscriptions-delete", "DELETE", SUBSCRIPTIONS + "/" + ID, "webhook:write"),
            new Route("events-ingest", "POST", EVENTS, "events:ingest"),
            new Route("filters-validate", "POST", FILTERS + "/validate", "event-processing:read"),
            new Route("filters-create", "POST", FILTERS, "event-processing:write"),
            new Route("filters-get", "GET", FILTERS + "/" + ID, "event-processing:read"),
            new Route("filters-status", "GET", FILTERS + "/" + ID + "/status", "event-processing:read"),
            new Route("filters-update", "PUT", FILTERS + "/" + ID, "event-processing:write"),
            new Route("filters-delete", "DELETE", FILTERS + "/" + ID, "event-processing:write"),
            new Route("groups-add", "PUT", GROUP, "event-processing:write"),
            new Route("groups-remove", "DELETE", GROUP + "/" + ID, "event-processing:write"),
            new Route("groups-list", "GET", GROUP, "event-processing:read"),
            new Route("metrics-get", "GET", METRICS, "analytics:read"),
            new Route("audit-list", "GET", AUDIT, "event-processing:read"));

    /** Every scope API.md names, in its order. */
    public static final List<String> ALL_SCOPES = List.of(
            "dashboard:read", "dashboard:write", "event:subscribe", "webhook:write",
            "event-processing:read", "event-processing:write", "analytics:read",
            "view:interaction", "read:interaction",
            "presence:read", "interaction:read", "queue:read", "user:read",
            "events:ingest", "events:read");

    /**
     * Returns the route of a name.
     *
     * @param name a route name
     * @return the route
     * @throws IllegalArgumentException for an unknown name
     */
    public static Route named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no route " + name));
    }
}
