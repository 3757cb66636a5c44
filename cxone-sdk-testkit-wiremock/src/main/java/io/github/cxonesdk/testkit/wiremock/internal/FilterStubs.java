package io.github.cxonesdk.testkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.not;
import static com.github.tomakehurst.wiremock.client.WireMock.or;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.AUDIT;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.FILTERS;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.GROUP;
import static io.github.cxonesdk.testkit.wiremock.internal.Route.named;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.DEFAULTS;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.api;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.build;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;

/** Event-processing filters (lifecycle, ETags, 409), filter groups, metrics and the audit log. */
public final class FilterStubs {
    /** The id the create stub answers. */
    public static final String CREATED_ID = "flt-00000001";
    /** The ETag of a filter as read; a PUT must send it as {@code If-Match}. */
    public static final String ETAG = "\"f1\"";
    /** The ETag after a successful PUT. */
    public static final String UPDATED_ETAG = "\"f2\"";
    /** The scenario of the default status polls: DRAFT, PENDING_ACTIVATION, then ACTIVE. */
    public static final String ACTIVATION_SCENARIO = "cxone-filter-activation";

    private static final String PATH_ID = "{{request.path.[4]}}";
    private static final String CHANNELS = "voice|chat|email|sms|web";
    /** A filter id a query may name (echoed into the body, so plain characters only), or none. */
    private static final com.github.tomakehurst.wiremock.matching.StringValuePattern QUERIED_ID =
            or(absent(), matching(Route.ID));

    private FilterStubs() {
    }

    /**
     * Returns the default stubs of filters, groups, metrics and audit.
     *
     * @return the stubs
     */
    public static List<StubMapping> defaults() {
        return List.of(
                build("filters-validate", Stub.NORMAL, DEFAULTS, api(named("filters-validate"))
                        .willReturn(Stub.json(200, "{\"valid\": true}"))),
                invalidChannel("filters-validate-invalid-channel", named("filters-validate")),
                build("filters-create", Stub.NORMAL, DEFAULTS, api(named("filters-create"))
                        .willReturn(echo(201, CREATED_ID, ETAG, "DRAFT"))),
                invalidChannel("filters-create-invalid-channel", named("filters-create")),
                build("filters-get", Stub.NORMAL, DEFAULTS, api(named("filters-get"))
                        .willReturn(Stub.json(200, Bodies.FILTER.formatted(PATH_ID, "")).withHeader("ETag", ETAG))),
                build("filters-get-export-state", Stub.NARROW, DEFAULTS, api(named("filters-get"))
                        .withQueryParam("export_state", equalTo("true"))
                        .willReturn(Stub.json(200, Bodies.FILTER.formatted(PATH_ID, Bodies.FILTER_STATE))
                                .withHeader("ETag", ETAG))),
                status("filters-status-draft", Scenario.STARTED, "DRAFT", "PENDING_ACTIVATION"),
                status("filters-status-pending", "PENDING_ACTIVATION", "PENDING_ACTIVATION", "ACTIVE"),
                status("filters-status-active", "ACTIVE", "ACTIVE", null),
                build("filters-update", Stub.NORMAL, DEFAULTS, api(named("filters-update"))
                        .withHeader("If-Match", equalTo(ETAG))
                        .willReturn(echo(200, PATH_ID, UPDATED_ETAG, "PENDING_ACTIVATION"))),
                invalidChannel("filters-update-invalid-channel", named("filters-update")),
                build("filters-update-stale", Stub.FALLBACK, DEFAULTS, api(named("filters-update"))
                        .withHeader("If-Match", matching(".*"))
                        .willReturn(Stub.error(409, "conflict",
                                "filter '" + PATH_ID + "' was modified: If-Match is not the current ETag"))),
                build("filters-update-without-if-match", Stub.FALLBACK, DEFAULTS, api(named("filters-update"))
                        .withHeader("If-Match", absent())
                        .willReturn(Stub.error(428, "precondition_required",
                                "If-Match is required to update filter '" + PATH_ID + "'"))),
                build("filters-delete", Stub.NORMAL, DEFAULTS, api(named("filters-delete"))
                        .willReturn(Stub.empty(204))),
                DashboardStubs.unknown("filters-unknown", FILTERS + DashboardStubs.UNKNOWN, "filter", PATH_ID),
                DashboardStubs.unknown("filters-status-unknown", FILTERS + DashboardStubs.UNKNOWN + "/status",
                        "filter", PATH_ID),
                build("groups-add", Stub.NORMAL, DEFAULTS, api(named("groups-add"))
                        .withRequestBody(matchingJsonPath("$.filter_ids[*]"))
                        .willReturn(Stub.empty(204))),
                build("groups-add-invalid", Stub.FALLBACK, DEFAULTS, api(named("groups-add"))
                        .willReturn(Stub.error(400, "invalid_request", "filter_ids: must be an array of filter ids"))),
                build("groups-remove", Stub.NORMAL, DEFAULTS, api(named("groups-remove"))
                        .willReturn(Stub.empty(204))),
                build("groups-remove-not-member", Stub.UNKNOWN, DEFAULTS, api("DELETE", GROUP + DashboardStubs.UNKNOWN)
                        .willReturn(Stub.error(404, "not_found", "filter '{{request.path.[6]}}' is not a member of "
                                + "filter group '{{request.path.[4]}}'"))),
                build("groups-list", Stub.NORMAL, DEFAULTS, api(named("groups-list"))
                        .withQueryParam("cursor", absent())
                        .willReturn(Stub.json(200, "{\"filter_ids\": [\"flt-00000001\", \"flt-00000002\"],"
                                + " \"next_cursor\": \"cursor-group-2\"}"))),
                build("groups-list-page-2", Stub.NORMAL, DEFAULTS, api(named("groups-list"))
                        .withQueryParam("cursor", equalTo("cursor-group-2"))
                        .willReturn(Stub.json(200, "{\"filter_ids\": [\"flt-00000003\"], \"next_cursor\": null}"))),
                build("groups-list-invalid-cursor", Stub.FALLBACK, DEFAULTS, api(named("groups-list"))
                        .willReturn(DashboardStubs.invalidCursor())),
                build("metrics-get", Stub.NORMAL, DEFAULTS, api(named("metrics-get"))
                        .withQueryParam("filter_id", matching(Route.ID))
                        .withQueryParam("interval", or(absent(), matching("PT[0-9]{1,6}[SMH]")))
                        .willReturn(Stub.json(200, Bodies.METRICS.formatted("{{request.query.filter_id}}")))),
                build("metrics-invalid-query", Stub.FALLBACK, DEFAULTS, api(named("metrics-get"))
                        .willReturn(Stub.error(400, "invalid_request", "filter_id is required; interval is a duration"
                                + " such as PT5M"))),
                build("audit-list", Stub.NORMAL, DEFAULTS, api(named("audit-list"))
                        .withQueryParam("filter_id", QUERIED_ID)
                        .withQueryParam("cursor", absent())
                        .willReturn(Stub.json(200, Bodies.AUDIT_PAGE_1.formatted(Bodies.QUERIED_FILTER_ID)))),
                build("audit-list-page-2", Stub.NORMAL, DEFAULTS, api(named("audit-list"))
                        .withQueryParam("filter_id", QUERIED_ID)
                        .withQueryParam("cursor", equalTo("cursor-audit-2"))
                        .willReturn(Stub.json(200, Bodies.AUDIT_PAGE_2.formatted(Bodies.QUERIED_FILTER_ID)))),
                build("audit-list-invalid-query", Stub.FALLBACK, DEFAULTS, api("GET", AUDIT)
                        .willReturn(Stub.error(400, "invalid_request", "the cursor or filter_id is not valid"))));
    }

    /**
     * Returns a filter body as sent, with the server fields of API.md merged in.
     *
     * @param status     HTTP status
     * @param id         the id (or a template)
     * @param etag       the ETag, quoted
     * @param lifecycle  the lifecycle status
     * @return the response builder
     */
    public static ResponseDefinitionBuilder echo(int status, String id, String etag, String lifecycle) {
        String escaped = etag.replace("\"", "\\\"");
        return Stub.json(status, "{{#jsonMerge request.body}}{\"id\": \"" + id + "\", \"etag\": \"" + escaped
                        + "\", \"status\": \"" + lifecycle + "\"}{{/jsonMerge}}").withHeader("ETag", etag);
    }

    /**
     * Returns a status answer.
     *
     * @param lifecycle the status
     * @param reason    the reason or null
     * @return the response builder
     */
    public static ResponseDefinitionBuilder statusBody(String lifecycle, String reason) {
        return Stub.json(200, "{\"status\": \"" + lifecycle + "\", \"reason\": "
                + (reason == null ? "null" : "\"" + reason + "\"") + "}");
    }

    private static StubMapping status(String name, String state, String lifecycle, String next) {
        var builder = api(named("filters-status")).inScenario(ACTIVATION_SCENARIO).whenScenarioStateIs(state)
                .willReturn(statusBody(lifecycle, null));
        return build(name, Stub.NORMAL, DEFAULTS, next == null ? builder : builder.willSetStateTo(next));
    }

    private static StubMapping invalidChannel(String name, Route route) {
        return build(name, Stub.NARROW, DEFAULTS, api(route)
                .withRequestBody(not(matchingJsonPath("$.channel", matching(CHANNELS))))
                .willReturn(Stub.error(400, "invalid_filter", "channel: unknown channel (voice, chat, email, sms, web)")));
    }
}
