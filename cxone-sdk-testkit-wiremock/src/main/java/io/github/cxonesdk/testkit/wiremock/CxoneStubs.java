package io.github.cxonesdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.cxonesdk.testkit.wiremock.internal.AuthStubs;
import io.github.cxonesdk.testkit.wiremock.internal.DashboardStubs;
import io.github.cxonesdk.testkit.wiremock.internal.FilterStubs;
import io.github.cxonesdk.testkit.wiremock.internal.Flows;
import io.github.cxonesdk.testkit.wiremock.internal.Route;
import io.github.cxonesdk.testkit.wiremock.internal.Stub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WireMock stubs of every REST call of the CXone wire contract (the token endpoint with client
 * credentials and access keys, OIDC discovery, dashboards, webhook subscriptions, ingestion,
 * event-processing filters, filter groups, metrics and audit pages), with API.md's bodies, quoted
 * ETags, {@code X-Request-Id}, {@code Location} and error bodies; stateful flows on WireMock scenarios;
 * and {@link #faults() faults}. The WebSocket streams are not stubbed (WireMock serves HTTP only).
 *
 * <pre>{@code
 * @RegisterExtension
 * static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
 *
 * @Test
 * void readsADashboard() {
 *     CxoneStubs stubs = CxoneStubs.register(wm.getRuntimeInfo());
 *     try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(stubs.environment()))) {
 *         Dashboard d = DashboardsClient.create(http).get("db-42").value();
 *     }
 * }
 * }</pre>
 *
 * <p>What the defaults answer: the token endpoint grants {@link #ACCESS_TOKEN} to {@link #CLIENT_ID} /
 * {@link #CLIENT_SECRET} (form fields or HTTP Basic) and to the access key {@link #ACCESS_KEY_ID} /
 * {@link #ACCESS_KEY_SECRET} (password grant, client in HTTP Basic); API calls without that bearer token
 * answer 401. Any id reads as a canned resource (its id echoed); ids starting with {@code unknown} answer
 * 404. Creates and updates echo the body sent with the server fields merged in. A dashboard or filter
 * reads with ETag {@code "v1"} / {@code "f1"}; a PUT with that {@code If-Match} succeeds with
 * {@code "v2"} / {@code "f2"}, any other answers 412 (dashboards) or 409 (filters), none 428. Lists,
 * group members and audit logs come in several cursor pages of at most two items (page_size is not
 * honoured below 2). Filter status polls answer DRAFT, PENDING_ACTIVATION, then ACTIVE (one scenario
 * for all filters; {@link #reset()} restarts it). Bodies are rendered with WireMock's response
 * templating, which WireMock 3 enables by default (do not start the server with
 * {@code templatingEnabled(false)}).
 *
 * <p>The defaults also hold one of each flow for standalone use: {@link #CONFLICTING_DASHBOARD_ID} meets
 * one concurrent edit, filters named {@link #FAILING_FILTER_NAME} end FAILED.
 *
 * <p>The same default stubs ship as JSON mapping files under {@link #MAPPINGS_ROOT}{@code /mappings}
 * and can be written to a directory with {@link #export(Path)}.
 *
 * <p>This class is thread-safe as far as the underlying WireMock client is.
 */
public final class CxoneStubs {
    /** The classpath root of the mapping files ({@code options().usingFilesUnderClasspath(MAPPINGS_ROOT)}). */
    public static final String MAPPINGS_ROOT = "io/github/cxonesdk/testkit/wiremock/cxone-stubs";
    /** The token endpoint's path. */
    public static final String TOKEN_PATH = AuthStubs.TOKEN_PATH;
    /** The OAuth client id the token endpoint accepts. */
    public static final String CLIENT_ID = AuthStubs.CLIENT_ID;
    /** The OAuth client secret the token endpoint accepts. */
    public static final String CLIENT_SECRET = AuthStubs.CLIENT_SECRET;
    /** The access key id the password grant accepts. */
    public static final String ACCESS_KEY_ID = AuthStubs.ACCESS_KEY_ID;
    /** The access key secret the password grant accepts. */
    public static final String ACCESS_KEY_SECRET = AuthStubs.ACCESS_KEY_SECRET;
    /**
     * A dashboard whose first update meets a concurrent edit, in the defaults and the mapping files
     * (as {@link #dashboardUpdateConflictsOnce(String)} sets up for any id).
     */
    public static final String CONFLICTING_DASHBOARD_ID = "db-conflict";
    /**
     * The name of filters that fail to activate, in the defaults and the mapping files (as
     * {@link #filterActivationFails(String, String)} sets up for any name); they get the id {@code flt-failing}.
     */
    public static final String FAILING_FILTER_NAME = "failing_filter";
    /** The reason a {@link #FAILING_FILTER_NAME} filter reports. */
    public static final String FAILING_FILTER_REASON = "target group unavailable";
    /** The access token the token endpoint grants and every API call expects. */
    public static final String ACCESS_TOKEN = Stub.ACCESS_TOKEN;

    private final WireMock client;
    private final URI baseUrl;
    private final StubFaults faults = new StubFaults(this);
    private final AtomicInteger names = new AtomicInteger();

    private CxoneStubs(WireMock client, URI baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    /**
     * Registers the default stubs on a server.
     *
     * @param server a started server
     * @return the stubs, for flows and faults
     */
    public static CxoneStubs register(WireMockServer server) {
        Objects.requireNonNull(server, "server == null");
        return register(new WireMock(server), URI.create(server.baseUrl()));
    }

    /**
     * Registers the default stubs on the server of a JUnit 5 {@code WireMockExtension} or
     * {@code @WireMockTest}.
     *
     * @param runtimeInfo the server's runtime info
     * @return the stubs, for flows and faults
     */
    public static CxoneStubs register(WireMockRuntimeInfo runtimeInfo) {
        Objects.requireNonNull(runtimeInfo, "runtimeInfo == null");
        return register(runtimeInfo.getWireMock(), URI.create(runtimeInfo.getHttpBaseUrl()));
    }

    /**
     * Registers the default stubs through a WireMock client, e.g. of a server in Docker. Registering
     * again replaces the stubs an earlier registration (and its flows and faults) added; the server's
     * other stubs stay.
     *
     * @param client  the client
     * @param baseUrl the server's base URL as the code under test reaches it
     * @return the stubs, for flows and faults
     */
    public static CxoneStubs register(WireMock client, URI baseUrl) {
        Objects.requireNonNull(client, "client == null");
        Objects.requireNonNull(baseUrl, "baseUrl == null");
        CxoneStubs stubs = new CxoneStubs(client, baseUrl);
        client.removeStubsByMetadataPattern(matchingJsonPath("$." + Stub.METADATA_KEY));
        stubs.add(mappings());
        return stubs;
    }

    /**
     * Returns the default stubs (the ones the mapping files hold), newly built.
     *
     * @return the stubs, in a stable order
     */
    public static List<StubMapping> mappings() {
        List<StubMapping> all = new ArrayList<>();
        all.addAll(AuthStubs.defaults());
        all.addAll(DashboardStubs.defaults());
        all.addAll(FilterStubs.defaults());
        all.addAll(Flows.dashboardConflictOnce(CONFLICTING_DASHBOARD_ID, "flow-dashboard-conflict", Stub.DEFAULTS));
        all.addAll(Flows.filterActivationFails(FAILING_FILTER_NAME, FAILING_FILTER_REASON, "flt-failing",
                "flow-filter-failure", Stub.DEFAULTS));
        return Collections.unmodifiableList(all);
    }

    /**
     * Writes the default stubs as WireMock JSON mapping files to {@code directory/mappings/}, ready for
     * {@code options().usingFilesUnderDirectory(directory)}, {@code --root-dir directory} or a Docker
     * volume at {@code /home/wiremock}.
     *
     * @param directory the root directory (created when missing)
     * @return the files written
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<Path> export(Path directory) {
        Objects.requireNonNull(directory, "directory == null");
        Path mappings = directory.resolve("mappings");
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(mappings);
            for (StubMapping stub : mappings()) {
                Path file = mappings.resolve(stub.getName() + ".json");
                Files.writeString(file, mappingJson(stub), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write WireMock mappings to " + mappings, e);
        }
        return List.copyOf(written);
    }

    /**
     * Returns the JSON mapping file text of one stub, as {@link #export(Path)} writes it.
     *
     * @param stub a stub
     * @return the JSON text, ending with a newline
     */
    public static String mappingJson(StubMapping stub) {
        String json = StubMapping.buildJsonStringFor(Objects.requireNonNull(stub, "stub == null"));
        return json.replace("\r\n", "\n") + "\n";
    }

    /**
     * Returns the {@code CXONE_*} variables that point the SDK at these stubs, as the simulator's
     * {@code environment()} does: {@code CXONE_BASE_URL}, {@code CXONE_TOKEN_URL}, {@code CXONE_CLIENT_ID},
     * {@code CXONE_CLIENT_SECRET} and {@code CXONE_SCOPES} (every scope of API.md). With the SDK:
     * {@code CxoneConfig.fromEnvironment(stubs.environment())}.
     *
     * @return an immutable map in that order
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CXONE_BASE_URL", baseUrl.toString());
        env.put("CXONE_TOKEN_URL", tokenUrl().toString());
        env.put("CXONE_CLIENT_ID", CLIENT_ID);
        env.put("CXONE_CLIENT_SECRET", CLIENT_SECRET);
        env.put("CXONE_SCOPES", String.join(" ", Route.ALL_SCOPES));
        return Collections.unmodifiableMap(env);
    }

    /**
     * Returns the server's base URL.
     *
     * @return the base URL, e.g. {@code http://localhost:8089}
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Returns the token endpoint, {@code <base>/oauth/token}; OIDC discovery is served at
     * {@code <base>/.well-known/openid-configuration}.
     *
     * @return the token URL
     */
    public URI tokenUrl() {
        return URI.create(baseUrl.toString().replaceAll("/+$", "") + TOKEN_PATH);
    }

    /**
     * Returns the fault helpers.
     *
     * @return the faults of these stubs
     */
    public StubFaults faults() {
        return faults;
    }

    /**
     * Makes the next update of {@code dashboardId} meet a concurrent edit: the first PUT answers 412
     * whatever its {@code If-Match}; a re-read then returns the edited dashboard with a new ETag, and a
     * PUT with that ETag succeeds. The SDK's {@code DashboardsClient.update(id, change)} rides this out
     * by re-reading and re-applying its change. Afterwards the defaults answer again.
     *
     * @param dashboardId the dashboard
     * @return these stubs
     */
    public CxoneStubs dashboardUpdateConflictsOnce(String dashboardId) {
        Objects.requireNonNull(dashboardId, "dashboardId == null");
        add(Flows.dashboardConflictOnce(dashboardId, "cxone-dashboard-conflict-" + names.incrementAndGet(),
                Stub.EXTRAS));
        return this;
    }

    /**
     * Makes filters created with {@code filterName} fail to activate, as the simulator's
     * {@code failActivation(filterName, reason)} does: they get an id of their own, and its status polls
     * answer DRAFT, PENDING_ACTIVATION, then FAILED with {@code reason}.
     *
     * @param filterName the filter's {@code name}
     * @param reason     the reason the status reports
     * @return these stubs
     */
    public CxoneStubs filterActivationFails(String filterName, String reason) {
        Objects.requireNonNull(filterName, "filterName == null");
        Objects.requireNonNull(reason, "reason == null");
        int n = names.incrementAndGet();
        add(Flows.filterActivationFails(filterName, reason, "flt-failing-" + n, "cxone-filter-failure-" + n,
                Stub.EXTRAS));
        return this;
    }

    /**
     * Removes every flow and fault stub, resets every scenario (filter status polls start at DRAFT
     * again) and the global delay. The default stubs stay.
     *
     * @return these stubs
     */
    public CxoneStubs reset() {
        client.removeStubsByMetadataPattern(matchingJsonPath("$." + Stub.METADATA_KEY, equalTo(Stub.EXTRAS)));
        client.resetScenarios();
        client.setGlobalFixedDelayVariable(0);
        return this;
    }

    WireMock client() {
        return client;
    }

    String nextName(String kind) {
        return "cxone-fault-" + kind + "-" + names.incrementAndGet();
    }

    void add(List<StubMapping> stubs) {
        stubs.forEach(client::register);
    }
}
