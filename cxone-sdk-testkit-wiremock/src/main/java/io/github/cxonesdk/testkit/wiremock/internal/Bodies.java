package io.github.cxonesdk.testkit.wiremock.internal;

/** Canned response bodies of API.md; {@code %s} marks where a templated id goes. */
public final class Bodies {
    /** A dashboard (the API.md example); {@code %s} is its id. */
    public static final String DASHBOARD = """
            {"id": "%s", "name": "Agent Performance Monitor", "description": "Skill performance in real time",
             "refreshInterval": 15, "layout": {"type": "grid", "columns": 4},
             "widgets": [{"type": "metric", "title": "Real-Time Skill Performance", "refreshInterval": 10,
               "layout": {"x": 0, "y": 0, "w": 2, "h": 2},
               "visualization": {"type": "line", "yAxisLabel": "Count", "showLegend": true},
               "query": {"dateRange": {"start": "2026-05-13T00:00:00Z", "end": "2026-05-20T00:00:00Z"},
                 "groupBy": ["skill", "hour"],
                 "metrics": [{"name": "total_conversations", "aggregation": "COUNT", "dimension": "conversation"}],
                 "filters": [{"condition": "in", "attribute": "skill", "value": ["sales", "support"]},
                             {"condition": "between", "attribute": "timestamp",
                              "value": ["2026-05-13T00:00:00Z", "2026-05-20T00:00:00Z"]}]}}]}""";

    /** A webhook subscription (the API.md example); {@code %s} is its id. */
    public static final String SUBSCRIPTION = """
            {"id": "%s", "name": "BI_Sync_Dashboard_Changes",
             "eventFilters": [{"eventType": "dashboard.updated", "entityId": "*"},
                              {"eventType": "dashboard.created", "entityId": "*"}],
             "delivery": {"type": "webhook", "url": "https://bi.example.com/hooks/cxone",
                          "retryPolicy": {"maxRetries": 3, "backoffStrategy": "exponential"}},
             "active": true, "hasSecret": false}""";

    /** An event-processing filter (the API.md example); {@code %s} is its id, then the extra fields. */
    public static final String FILTER = """
            {"id": "%s", "name": "platinum_voice_routing",
             "description": "Platinum customers on long voice calls", "channel": "voice",
             "matchers": [{"attribute": "customer.tier", "operator": "equals", "value": "platinum"},
                          {"attribute": "interaction.duration_seconds", "operator": "greater_than", "value": 300}],
             "pattern_rules": [{"type": "regex", "field": "agent.skill_id", "pattern": "^skill_premium_.*$"}],
             "target_group_id": "grp_downstream_processor_01", "etag": "\\"f1\\"", "status": "ACTIVE"%s}""";

    /** The server fields {@code ?export_state=true} adds to a filter. */
    public static final String FILTER_STATE = ", \"reason\": null, \"version\": 1,"
            + " \"created_at\": \"2026-05-20T13:58:00Z\", \"updated_at\": \"2026-05-20T13:58:00Z\"";

    /** The filter id a metrics or audit query named, else the first canned filter. */
    public static final String QUERIED_FILTER_ID =
            "{{#if request.query.filter_id}}{{request.query.filter_id}}{{else}}flt-00000001{{/if}}";

    /** Three five-minute points of filter metrics. */
    public static final String METRICS = """
            {"filter_id": "%s", "interval": "{{#if request.query.interval}}{{request.query.interval}}{{else}}PT5M{{/if}}",
             "series": [{"start": "2026-05-20T13:00:00Z", "hit_count": 42, "throughput_rate": 0.14, "match_ratio": 0.21},
                        {"start": "2026-05-20T13:05:00Z", "hit_count": 30, "throughput_rate": 0.1, "match_ratio": 0.15},
                        {"start": "2026-05-20T13:10:00Z", "hit_count": 0, "throughput_rate": 0.0, "match_ratio": 0.0}]}""";

    /** The first audit page; {@code %s} is the filter id. */
    public static final String AUDIT_PAGE_1 = """
            {"entries": [
              {"id": "aud-1", "timestamp": "2026-05-20T13:58:00Z", "actor": "cxone-wm-client", "action": "created",
               "filter_id": "%1$s", "details": {"name": "platinum_voice_routing", "etag": "\\"f1\\"", "version": 1}},
              {"id": "aud-2", "timestamp": "2026-05-20T13:58:00Z", "actor": "system", "action": "status_changed",
               "filter_id": "%1$s", "details": {"status": "PENDING_ACTIVATION"}}],
             "next_cursor": "cursor-audit-2"}""";

    /** The last audit page; {@code %s} is the filter id. */
    public static final String AUDIT_PAGE_2 = """
            {"entries": [
              {"id": "aud-3", "timestamp": "2026-05-20T13:58:01Z", "actor": "system", "action": "status_changed",
               "filter_id": "%s", "details": {"status": "ACTIVE"}}],
             "next_cursor": null}""";

    /** A successful token answer; {@code %s} is the granted scope. */
    public static final String TOKEN = """
            {"access_token": "%s", "token_type": "Bearer", "expires_in": 1800, "scope": "%s"}""";

    /** The OIDC discovery document, pointing at the stub's own token endpoint. */
    public static final String DISCOVERY = """
            {"issuer": "{{request.baseUrl}}", "token_endpoint": "{{request.baseUrl}}%s",
             "grant_types_supported": ["client_credentials", "password"],
             "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
             "scopes_supported": [%s]}""";

    private Bodies() {
    }

    /**
     * Returns a JSON list of dashboards with the given ids.
     *
     * @param ids dashboard ids
     * @return the items
     */
    public static String dashboards(String... ids) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < ids.length; i++) {
            out.append(i == 0 ? "" : ", ").append(DASHBOARD.formatted(ids[i]));
        }
        return out.append(']').toString();
    }
}
