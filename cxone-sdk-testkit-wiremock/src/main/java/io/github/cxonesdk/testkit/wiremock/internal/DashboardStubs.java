package io.github.cxonesdk.testkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.DASHBOARDS;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.SUBSCRIPTIONS;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.named;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.DEFAULTS;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.api;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.build;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;

/** Dashboards (CRUD, ETags, cursor pages), webhook subscriptions and event ingestion. */
public final class DashboardStubs {
    /** The id the create stub answers. */
    public static final String CREATED_ID = "db-00000001";
    /** The ETag of a dashboard as read; a PUT must send it as {@code If-Match}. */
    public static final String ETAG = "\"v1\"";
    /** The ETag after a successful PUT. */
    public static final String UPDATED_ETAG = "\"v2\"";
    /** An id path segment that answers 404. */
    public static final String UNKNOWN = "/unknown[A-Za-z0-9._~-]*";

    private static final String PATH_ID = "{{request.path.[3]}}";
    private static final String ECHO = "{{#jsonMerge request.body}}{\"id\": \"%s\"}{{/jsonMerge}}";

    private DashboardStubs() {
    }

    /**
     * Returns the default stubs of dashboards, subscriptions and ingestion.
     *
     * @return the stubs
     */
    public static List<StubMapping> defaults() {
        return List.of(
                build("dashboards-create", Stub.NORMAL, DEFAULTS, api(named("dashboards-create"))
                        .willReturn(Stub.json(201, ECHO.formatted(CREATED_ID)).withHeader("ETag", ETAG)
                                .withHeader("Location", "{{request.baseUrl}}" + DASHBOARDS + "/" + CREATED_ID))),
                build("dashboards-list", Stub.NORMAL, DEFAULTS, api(named("dashboards-list"))
                        .withQueryParam("cursor", absent())
                        .willReturn(Stub.json(200, page(Bodies.dashboards("db-00000001", "db-00000002"),
                                "cursor-dashboards-2")))),
                build("dashboards-list-page-2", Stub.NORMAL, DEFAULTS, api(named("dashboards-list"))
                        .withQueryParam("cursor", equalTo("cursor-dashboards-2"))
                        .willReturn(Stub.json(200, page(Bodies.dashboards("db-00000003", "db-00000004"),
                                "cursor-dashboards-3")))),
                build("dashboards-list-page-3", Stub.NORMAL, DEFAULTS, api(named("dashboards-list"))
                        .withQueryParam("cursor", equalTo("cursor-dashboards-3"))
                        .willReturn(Stub.json(200, page(Bodies.dashboards("db-00000005"), null)))),
                build("dashboards-list-invalid-cursor", Stub.FALLBACK, DEFAULTS, api(named("dashboards-list"))
                        .willReturn(invalidCursor())),
                build("dashboards-get", Stub.NORMAL, DEFAULTS, api(named("dashboards-get"))
                        .willReturn(Stub.json(200, Bodies.DASHBOARD.formatted(PATH_ID)).withHeader("ETag", ETAG))),
                build("dashboards-update", Stub.NORMAL, DEFAULTS, api(named("dashboards-update"))
                        .withHeader("If-Match", equalTo(ETAG))
                        .willReturn(Stub.json(200, ECHO.formatted(PATH_ID)).withHeader("ETag", UPDATED_ETAG))),
                build("dashboards-update-stale", Stub.FALLBACK, DEFAULTS, api(named("dashboards-update"))
                        .withHeader("If-Match", matching(".*"))
                        .willReturn(Stub.error(412, "precondition_failed",
                                "dashboard '" + PATH_ID + "' was modified: If-Match is not the current ETag"))),
                build("dashboards-update-without-if-match", Stub.FALLBACK, DEFAULTS, api(named("dashboards-update"))
                        .withHeader("If-Match", absent())
                        .willReturn(Stub.error(428, "precondition_required",
                                "If-Match is required to update dashboard '" + PATH_ID + "'"))),
                build("dashboards-delete", Stub.NORMAL, DEFAULTS, api(named("dashboards-delete"))
                        .willReturn(Stub.empty(204))),
                unknown("dashboards-unknown", DASHBOARDS + UNKNOWN, "dashboard", PATH_ID),
                build("subscriptions-create", Stub.NORMAL, DEFAULTS, api(named("subscriptions-create"))
                        .willReturn(Stub.json(201, "{{#jsonMerge (jsonRemove request.body '$.secret')}}"
                                + "{\"id\": \"sub-00000001\", \"hasSecret\": "
                                + "{{#if (jsonPath request.body '$.secret')}}true{{else}}false{{/if}} }{{/jsonMerge}}")
                                .withHeader("ETag", "\"s1\""))),
                build("subscriptions-get", Stub.NORMAL, DEFAULTS, api(named("subscriptions-get"))
                        .willReturn(Stub.json(200, Bodies.SUBSCRIPTION.formatted("{{request.path.[4]}}"))
                                .withHeader("ETag", "\"s1\""))),
                build("subscriptions-delete", Stub.NORMAL, DEFAULTS, api(named("subscriptions-delete"))
                        .willReturn(Stub.empty(204))),
                unknown("subscriptions-unknown", SUBSCRIPTIONS + UNKNOWN, "subscription", "{{request.path.[4]}}"),
                build("events-ingest", Stub.NORMAL, DEFAULTS, api(named("events-ingest"))
                        .willReturn(Stub.json(202, "{\"id\": \"ing-{{request.id}}\", \"status\": \"accepted\"}"))));
    }

    /**
     * Returns a cursor page body of dashboards.
     *
     * @param items      JSON array of items
     * @param nextCursor next cursor or null
     * @return the body
     */
    static String page(String items, String nextCursor) {
        return "{\"items\": " + items + ", \"next_cursor\": " + (nextCursor == null ? "null" : "\"" + nextCursor + "\"")
                + "}";
    }

    static ResponseDefinitionBuilder invalidCursor() {
        return Stub.error(400, "invalid_cursor", "the cursor is not valid");
    }

    /** A 404 for every method on ids of the form {@code unknown…}. */
    static StubMapping unknown(String name, String path, String what, String idTemplate) {
        return build(name, Stub.UNKNOWN, DEFAULTS, Stub.api("ANY", path)
                .willReturn(Stub.error(404, "not_found", what + " '" + idTemplate + "' does not exist")));
    }
}
