package io.github.cxonesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cxonesdk.streaming.presence.AgentPresence;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The page server without a browser: static files, the relayed SSE stream, 503 while the stream is down. */
class AgentDashboardTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageFromTheJar_andNothingElse() throws Exception {
        try (AgentDashboard dashboard = AgentDashboard.start(0)) {
            HttpResponse<String> page = get(dashboard.url());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.body()).contains("<script src=\"app.js\"></script>").doesNotContain("http://", "https://");
            assertThat(get(dashboard.url().resolve("app.js")).body()).contains("new EventSource(");
            assertThat(get(dashboard.url().resolve("app.css")).statusCode()).isEqualTo(200);
            assertThat(get(dashboard.url().resolve("../pom.xml")).statusCode()).isEqualTo(404);
            assertThat(get(dashboard.url().resolve("secret.txt")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void relaysTheSseStream_andAnswers503WhileItIsDown() throws Exception {
        try (AgentDashboard dashboard = AgentDashboard.start(0)) {
            dashboard.publishPresence(new AgentPresence("u1", 1, Instant.parse("2026-05-20T14:03:11.250Z"),
                    Map.of("status", "InCall", "queueName", "Sales")));
            URI events = dashboard.url().resolve("events?lastEventId=0");
            String line = CompletableFuture.supplyAsync(() -> firstDataLine(events)).get(30, TimeUnit.SECONDS);
            assertThat(line).startsWith("data: {\"userId\":\"u1\"").contains("\"status\":\"InCall\"");

            dashboard.stopStream();
            assertThat(get(events).statusCode()).isEqualTo(503);
            dashboard.startStream();
            assertThat(CompletableFuture.supplyAsync(() -> firstDataLine(events)).get(30, TimeUnit.SECONDS))
                    .contains("\"userId\":\"u1\"");
        }
    }

    private String firstDataLine(URI uri) {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("data: ")) {
                        return line;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
