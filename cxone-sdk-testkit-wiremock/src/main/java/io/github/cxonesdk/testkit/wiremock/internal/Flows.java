package io.github.cxonesdk.testkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.FLOW;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.api;
import static io.github.cxonesdk.testkit.wiremock.internal.Stub.build;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.regex.Pattern;

/** Stateful flows on WireMock scenarios, each in a scenario of its own. */
public final class Flows {
    private Flows() {
    }

    /**
     * A dashboard whose next update meets a concurrent edit: the first PUT answers 412; a re-read
     * then sees the edit and a fresh ETag, and a PUT with that ETag succeeds. Afterwards the defaults
     * answer again.
     *
     * @param dashboardId the dashboard
     * @param scenario    a scenario name unique on the server, also the prefix of the stub names
     * @param kind        {@link Stub#DEFAULTS} or {@link Stub#EXTRAS}
     * @return the stubs
     */
    public static List<StubMapping> dashboardConflictOnce(String dashboardId, String scenario, String kind) {
        String path = Route.DASHBOARDS + "/" + Pattern.quote(dashboardId);
        String edited = "\"" + scenario + "-v2\"";
        String updated = "\"" + scenario + "-v3\"";
        String body = Bodies.DASHBOARD.formatted("{{request.path.[3]}}")
                .replace("Skill performance in real time", "edited concurrently");
        return List.of(
                build(scenario + "-first-put", FLOW, kind, api("PUT", path).inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("EDITED")
                        .willReturn(Stub.error(412, "precondition_failed",
                                "dashboard '{{request.path.[3]}}' was modified: If-Match is not the current ETag"))),
                build(scenario + "-re-read", FLOW, kind, api("GET", path).inScenario(scenario)
                        .whenScenarioStateIs("EDITED")
                        .willReturn(Stub.json(200, body).withHeader("ETag", edited))),
                build(scenario + "-fresh-put", FLOW, kind, api("PUT", path).inScenario(scenario)
                        .whenScenarioStateIs("EDITED").withHeader("If-Match", equalTo(edited))
                        .willSetStateTo("DONE")
                        .willReturn(Stub.json(200, "{{#jsonMerge request.body}}{\"id\": \"{{request.path.[3]}}\"}"
                                + "{{/jsonMerge}}").withHeader("ETag", updated))),
                // below the fresh PUT: at equal priority WireMock would prefer this later stub
                build(scenario + "-stale-put", FLOW + 1, kind, api("PUT", path).inScenario(scenario)
                        .whenScenarioStateIs("EDITED").withHeader("If-Match", matching(".*"))
                        .willReturn(Stub.error(412, "precondition_failed",
                                "dashboard '{{request.path.[3]}}' was modified: If-Match is not the current ETag"))));
    }

    /**
     * Filters created with {@code filterName} get their own id, and their status polls answer DRAFT,
     * PENDING_ACTIVATION, then FAILED with {@code reason}.
     *
     * @param filterName the filter's name
     * @param reason     the failure reason
     * @param id         the id the failing filters get (plain characters)
     * @param scenario   a scenario name unique on the server, also the prefix of the stub names
     * @param kind       {@link Stub#DEFAULTS} or {@link Stub#EXTRAS}
     * @return the stubs
     */
    public static List<StubMapping> filterActivationFails(String filterName, String reason, String id, String scenario,
                                                          String kind) {
        String status = Route.FILTERS + "/" + id + "/status";
        String safeReason = reason.replace("\\", "\\\\").replace("\"", "\\\"").replace("{{", "{ {");
        return List.of(
                build(scenario + "-create", FLOW, kind, api("POST", Route.FILTERS)
                        .withRequestBody(matchingJsonPath("$.name", equalTo(filterName)))
                        .willReturn(FilterStubs.echo(201, id, FilterStubs.ETAG, "DRAFT"))),
                build(scenario + "-draft", FLOW, kind, api("GET", status).inScenario(scenario)
                        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("PENDING_ACTIVATION")
                        .willReturn(FilterStubs.statusBody("DRAFT", null))),
                build(scenario + "-pending", FLOW, kind, api("GET", status).inScenario(scenario)
                        .whenScenarioStateIs("PENDING_ACTIVATION").willSetStateTo("FAILED")
                        .willReturn(FilterStubs.statusBody("PENDING_ACTIVATION", null))),
                build(scenario + "-failed", FLOW, kind, api("GET", status).inScenario(scenario)
                        .whenScenarioStateIs("FAILED")
                        .willReturn(FilterStubs.statusBody("FAILED", safeReason))));
    }
}
