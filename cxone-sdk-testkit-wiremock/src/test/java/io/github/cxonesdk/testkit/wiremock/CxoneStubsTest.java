package io.github.cxonesdk.testkit.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stubs' answers at the HTTP level, where the SDK would hide a detail (headers, bodies, faults). */
class CxoneStubsTest {
    private static final String BEARER = "Bearer " + CxoneStubs.ACCESS_TOKEN;

    private final HttpClient client = HttpClient.newHttpClient();
    private WireMockServer server;
    private CxoneStubs stubs;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        stubs = CxoneStubs.register(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void discovery_pointsAtTheStubsOwnTokenEndpoint() throws Exception {
        HttpResponse<String> response = send("GET", "/.well-known/openid-configuration", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"token_endpoint\": \"" + server.baseUrl() + "/oauth/token\"");
    }

    @Test
    void token_grantsTheRequestedScope_andRefusesOtherClients() throws Exception {
        HttpResponse<String> granted = form("grant_type=client_credentials&client_id=" + CxoneStubs.CLIENT_ID
                + "&client_secret=" + CxoneStubs.CLIENT_SECRET + "&scope=dashboard%3Aread%20dashboard%3Awrite");
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(granted.body()).contains("\"access_token\": \"" + CxoneStubs.ACCESS_TOKEN + "\"")
                .contains("\"scope\": \"dashboard:read dashboard:write\"");
        assertThat(granted.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> refused = form("grant_type=client_credentials&client_id=someone&client_secret=x");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"error\": \"invalid_client\"");
    }

    @Test
    void apiCalls_withoutTheToken_answer401_withRequestIdInHeaderAndBody() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v2/dashboards/db-1", null, "X-Request-Id", "req-123");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-123");
        assertThat(response.body()).contains("\"requestId\": \"req-123\"").contains("\"error\": \"unauthorized\"");
    }

    @Test
    void throttleWithHttpDate_answersAnHttpDateInTheFuture_thenNormalAnswers() throws Exception {
        stubs.faults().throttleWithHttpDate(1, Duration.ofSeconds(30));
        HttpResponse<String> throttled = api("GET", "/api/v2/dashboards/db-1");
        assertThat(throttled.statusCode()).isEqualTo(429);
        Instant retryAt = ZonedDateTime.parse(throttled.headers().firstValue("Retry-After").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(retryAt).isAfter(Instant.now().plusSeconds(20)).isBefore(Instant.now().plusSeconds(40));
        assertThat(api("GET", "/api/v2/dashboards/db-1").statusCode()).isEqualTo(200);
    }

    @Test
    void throttleWithHttpDate_isEnglish_whateverTheDefaultLocale() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.GERMANY);
        try {
            stubs.faults().throttleWithHttpDate(1, Duration.ofSeconds(30));
            String retryAfter = api("GET", "/api/v2/dashboards/db-1").headers().firstValue("Retry-After").orElseThrow();
            assertThat(retryAfter).matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            ZonedDateTime.parse(retryAfter, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(java.util.Locale.ROOT));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void serverErrorStorm_answersTheCountThenRecovers() throws Exception {
        stubs.faults().serverErrors(3, 503);
        for (int i = 0; i < 3; i++) {
            assertThat(api("GET", "/api/v2/event-processing/filters/flt-1").statusCode()).isEqualTo(503);
        }
        assertThat(api("GET", "/api/v2/event-processing/filters/flt-1").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedBodies_areCutOffJson() throws Exception {
        stubs.faults().malformedBodies(1);
        HttpResponse<String> response = api("GET", "/api/v2/dashboards");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{").doesNotEndWith("}");
    }

    @Test
    void malformedBody_surfacesInTheSdkAsAClientError_notAServiceError() {
        stubs.faults().malformedBodies(1);
        try (io.github.cxonesdk.core.CxoneHttp http = io.github.cxonesdk.core.CxoneHttp.create(
                io.github.cxonesdk.core.CxoneConfig.fromEnvironment(stubs.environment()))) {
            io.github.cxonesdk.dashboards.DashboardsClient dashboards =
                    io.github.cxonesdk.dashboards.DashboardsClient.create(http);
            assertThatThrownBy(() -> dashboards.get("db-1"))
                    .isInstanceOf(io.github.cxonesdk.core.exception.CxoneClientException.class);
            assertThat(dashboards.get("db-1").value().id()).isEqualTo("db-1");
        }
    }

    @Test
    void slowResponses_delayEveryAnswer_untilCleared() throws Exception {
        stubs.faults().slowResponses(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(api("GET", "/api/v2/dashboards/db-1").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        stubs.faults().clear();
        assertThat(server.getGlobalSettings().getSettings().getFixedDelay()).isIn(null, 0);
    }

    @Test
    void insufficientScope_namesTheScope_onlyOnCallsThatNeedIt() throws Exception {
        stubs.faults().insufficientScope("analytics:read");
        HttpResponse<String> denied = api("GET", "/api/v2/analytics/event-processing/filter-metrics?filter_id=flt-1");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("\"error\": \"insufficient_scope\"").contains("\"scope\": \"analytics:read\"");
        assertThat(api("GET", "/api/v2/event-processing/filters/flt-1").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> stubs.faults().insufficientScope("no:such-scope"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faultArguments_areChecked() {
        assertThatThrownBy(() -> stubs.faults().throttle(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stubs.faults().serverErrors(1, 429)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stubs.faults().throttle(1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CxoneStubs.register((WireMockServer) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("server == null");
    }

    @Test
    void reset_removesFlowsAndFaults_butKeepsTheDefaults() throws Exception {
        int defaults = server.getStubMappings().size();
        stubs.faults().throttle(5, Duration.ofSeconds(1)).insufficientScope("dashboard:read");
        stubs.filterActivationFails("f", "reason").dashboardUpdateConflictsOnce("db-1");
        assertThat(server.getStubMappings().size()).isGreaterThan(defaults);
        stubs.reset();
        assertThat(server.getStubMappings()).hasSize(defaults);
        assertThat(api("GET", "/api/v2/dashboards/db-1").statusCode()).isEqualTo(200);
    }

    @Test
    void registeringAgain_replacesTheStubs_andKeepsTheServersOthers() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/mine").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.ok()));
        int before = server.getStubMappings().size();
        stubs.faults().throttle(3, Duration.ofSeconds(1));
        CxoneStubs.register(server);
        assertThat(server.getStubMappings()).hasSize(before);
        assertThat(server.getStubMappings()).extracting(m -> m.getRequest().getUrl()).contains("/mine");
    }

    @Test
    void hostileIdsAndRequestIds_areNeverEchoed_soBodiesStayJson() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v2/dashboards/%22%7B%7Bx%7D%7D%3C", null,
                "Authorization", BEARER, "X-Request-Id", "a\"b");
        assertThat(response.statusCode()).isEqualTo(404);
        tools.jackson.databind.JsonNode body = io.github.cxonesdk.core.json.CxoneJson.mapper().readTree(response.body());
        assertThat(body.get("error").stringValue()).isEqualTo("not_found");
        assertThat(body.get("requestId").stringValue()).startsWith("wm-");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(body.get("requestId").stringValue());
        HttpResponse<String> metrics = api("GET", "/api/v2/analytics/event-processing/filter-metrics?filter_id=%22x");
        assertThat(metrics.statusCode()).isEqualTo(400);
        assertThat(io.github.cxonesdk.core.json.CxoneJson.mapper().readTree(metrics.body()).get("error").stringValue())
                .isEqualTo("invalid_request");
    }

    private HttpResponse<String> api(String method, String path) throws IOException, InterruptedException {
        return send(method, path, null, "Authorization", BEARER);
    }

    private HttpResponse<String> form(String body) throws IOException, InterruptedException {
        return send("POST", "/oauth/token", body, "Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
