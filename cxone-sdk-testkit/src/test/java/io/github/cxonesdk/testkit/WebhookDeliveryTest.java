package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(CxoneSimulatorExtension.class)
class WebhookDeliveryTest {
    private record Received(String body, String signature) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private Server receiver;
    private ServerConnector connector;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Server();
        connector = new ServerConnector(receiver);
        connector.setHost("127.0.0.1");
        receiver.addConnector(connector);
        receiver.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                received.add(new Received(body, request.getHeaders().get("X-CXone-Signature")));
                response.setStatus(failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204);
                callback.succeeded();
                return true;
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() throws Exception {
        receiver.stop();
    }

    private String subscription(String secret, int maxRetries) {
        return "{\"name\":\"BI_Sync_Dashboard_Changes\",\"eventFilters\":[{\"eventType\":\"dashboard.updated\",\"entityId\":\"*\"},"
                + "{\"eventType\":\"dashboard.created\",\"entityId\":\"*\"}],\"delivery\":{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:"
                + connector.getLocalPort() + "/hooks\",\"retryPolicy\":{\"maxRetries\":" + maxRetries
                + ",\"backoffStrategy\":\"exponential\"}},\"active\":true" + (secret == null ? "" : ",\"secret\":\"" + secret + "\"") + "}";
    }

    @Test
    void subscriptionCrud_andSignedDeliveries(CxoneSimulator sim) throws GeneralSecurityException {
        RawClient client = new RawClient(sim).authenticate();
        HttpResponse<String> created = client.post("/api/v2/events/subscriptions", subscription("s3cr3t", 3));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode subscription = RawClient.json(created);
        String id = subscription.get("id").stringValue();
        assertThat(subscription.has("secret")).isFalse();
        assertThat(subscription.get("hasSecret").booleanValue()).isTrue();
        assertThat(client.get("/api/v2/events/subscriptions/" + id).statusCode()).isEqualTo(200);

        HttpResponse<String> dashboard = client.post("/api/v2/dashboards", DashboardsConversationTest.dashboard("hooked").toString());
        String dashboardId = RawClient.json(dashboard).get("id").stringValue();
        client.put("/api/v2/dashboards/" + dashboardId, DashboardsConversationTest.dashboard("hooked2").toString(),
                dashboard.headers().firstValue("ETag").orElseThrow());

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        for (Received delivery : received) {
            assertThat(delivery.signature()).isEqualTo("sha256=" + hmac("s3cr3t", delivery.body()));
            JsonNode body = RawClient.json(delivery.body());
            assertThat(body.get("entityId").stringValue()).isEqualTo(dashboardId);
            assertThat(body.get("eventId").stringValue()).isNotBlank();
            assertThat(body.get("timestamp").stringValue()).isNotBlank();
            assertThat(body.get("payload").get("id").stringValue()).isEqualTo(dashboardId);
        }
        assertThat(received).extracting(r -> RawClient.json(r.body()).get("eventType").stringValue())
                .containsExactlyInAnyOrder("dashboard.created", "dashboard.updated");

        assertThat(client.delete("/api/v2/events/subscriptions/" + id).statusCode()).isEqualTo(204);
        assertThat(client.get("/api/v2/events/subscriptions/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void failedDeliveries_areRetriedPerPolicy(CxoneSimulator sim) {
        RawClient client = new RawClient(sim).authenticate();
        client.post("/api/v2/events/subscriptions", subscription(null, 2));
        failuresToAnswer.set(2);

        client.post("/api/v2/dashboards", DashboardsConversationTest.dashboard("retried").toString());

        await().atMost(Duration.ofSeconds(20)).until(() -> sim.webhookDeliveries().size() >= 3);
        assertThat(sim.webhookDeliveries()).extracting(DeliveryAttempt::attempt, DeliveryAttempt::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 503), org.assertj.core.groups.Tuple.tuple(2, 503),
                        org.assertj.core.groups.Tuple.tuple(3, 204));
        assertThat(received).extracting(Received::signature).containsOnlyNulls();
        assertThat(received).extracting(r -> RawClient.json(r.body()).get("eventId").stringValue()).containsOnly(
                RawClient.json(received.get(0).body()).get("eventId").stringValue());
    }

    @Test
    void invalidSubscription_is400(CxoneSimulator sim) {
        RawClient client = new RawClient(sim).authenticate();
        HttpResponse<String> response = client.post("/api/v2/events/subscriptions",
                "{\"name\":\"x\",\"eventFilters\":[{\"eventType\":\"dashboard.updated\"}],\"delivery\":{\"type\":\"webhook\",\"url\":\"not a url\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RawClient.json(response).get("message").stringValue()).startsWith("delivery.url");
    }

    private static String hmac(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
