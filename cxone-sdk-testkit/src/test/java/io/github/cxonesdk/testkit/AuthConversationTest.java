package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuthConversationTest {
    private static CxoneSimulator sim;

    @BeforeAll
    static void start() {
        sim = CxoneSimulator.builder()
                .client("reader", "reader-secret", Set.of("dashboard:read"))
                .tokenLifetime(Duration.ofMinutes(5))
                .build().start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void clientCredentials_grantsEveryScopeByDefault() {
        HttpResponse<String> response = new RawClient(sim).tokenRequest(
                "grant_type=client_credentials&client_id=" + sim.clientId() + "&client_secret=" + sim.clientSecret(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = RawClient.json(response);
        assertThat(body.get("token_type").stringValue()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").longValue()).isEqualTo(300);
        assertThat(body.get("scope").stringValue().split(" ")).containsExactlyInAnyOrderElementsOf(CxoneSimulator.allScopes());
    }

    @Test
    void clientCredentials_inBasicHeader_grantsRequestedScopes() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (sim.clientId() + ":" + sim.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = new RawClient(sim).tokenRequest(
                "grant_type=client_credentials&scope=dashboard%3Aread+events%3Aingest", basic);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RawClient.json(response).get("scope").stringValue()).isEqualTo("dashboard:read events:ingest");
    }

    @Test
    void passwordGrant_withAccessKey_issuesToken() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (sim.clientId() + ":" + sim.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = new RawClient(sim).tokenRequest("grant_type=password&username="
                + sim.accessKeyId() + "&password=" + sim.accessKeySecret(), basic);
        HttpResponse<String> wrong = new RawClient(sim).tokenRequest("grant_type=password&username="
                + sim.accessKeyId() + "&password=nope", basic);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(wrong).get("error").stringValue()).isEqualTo("invalid_grant");
    }

    @Test
    void wrongSecret_isInvalidClient() {
        HttpResponse<String> response = new RawClient(sim).tokenRequest(
                "grant_type=client_credentials&client_id=" + sim.clientId() + "&client_secret=wrong", null);

        assertThat(response.statusCode()).isEqualTo(401);
        JsonNode body = RawClient.json(response);
        assertThat(body.get("error").stringValue()).isEqualTo("invalid_client");
        assertThat(body.get("error_description").stringValue()).isNotBlank();
    }

    @Test
    void discovery_pointsAtTokenEndpoint() {
        HttpResponse<String> response = new RawClient(sim).get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RawClient.json(response).get("token_endpoint").stringValue()).isEqualTo(sim.tokenUrl().toString());
    }

    @Test
    void missingOrUnknownToken_is401() {
        RawClient client = new RawClient(sim);
        HttpResponse<String> missing = client.get("/api/v2/dashboards");
        HttpResponse<String> unknown = client.withToken("sim-not-a-token").get("/api/v2/dashboards");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(RawClient.json(unknown).get("requestId").stringValue())
                .isEqualTo(unknown.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void clientRequestId_isEchoed() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.baseUrl() + "/api/v2/dashboards/db-unknown")).header("X-Request-Id", "req-123").build();
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("X-Request-Id")).contains("req-123");
        assertThat(RawClient.json(response).get("requestId").stringValue()).isEqualTo("req-123");
    }

    @Test
    void limitedClient_gets403NamingTheMissingScope() {
        RawClient reader = new RawClient(sim);
        reader.withToken(reader.fetchToken("reader", "reader-secret", null));

        HttpResponse<String> list = reader.get("/api/v2/dashboards");
        HttpResponse<String> create = reader.post("/api/v2/dashboards", "{\"name\":\"x\"}");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(create.statusCode()).isEqualTo(403);
        JsonNode body = RawClient.json(create);
        assertThat(body.get("error").stringValue()).isEqualTo("insufficient_scope");
        assertThat(body.get("scope").stringValue()).isEqualTo("dashboard:write");
    }

    @Test
    void requestingOnlyScopesTheClientLacks_isInvalidScope() {
        HttpResponse<String> response = new RawClient(sim).tokenRequest(
                "grant_type=client_credentials&client_id=reader&client_secret=reader-secret&scope=dashboard%3Awrite", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(response).get("error").stringValue()).isEqualTo("invalid_scope");
    }

    @Test
    void expireTokens_turnsIssuedTokensInto401_butNewTokensWork() {
        RawClient client = new RawClient(sim).authenticate();
        assertThat(client.get("/api/v2/dashboards").statusCode()).isEqualTo(200);

        sim.faults().expireTokens();

        assertThat(client.get("/api/v2/dashboards").statusCode()).isEqualTo(401);
        assertThat(client.authenticate().get("/api/v2/dashboards").statusCode()).isEqualTo(200);
    }
}
