package io.github.cxonesdk.dashboards.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.dashboards.DashboardsClient;
import io.github.cxonesdk.dashboards.Fixtures;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.testkit.CxoneSimulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CxoneSimulatorExtension.class)
class WebhookIT {
    private static final Secret SECRET = Secret.of("bi-sync-" + UUID.randomUUID());

    /** One POST as the receiver saw it: the exact body bytes and the signature header. */
    record Received(byte[] body, String signature) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/cxone", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(in.readAllBytes(),
                        exchange.getRequestHeaders().getFirst(WebhookReceiver.SIGNATURE_HEADER)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private URI hookUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/cxone");
    }

    @Test
    void simulatorDeliversSignedEvents_thatVerify_andTamperedBodiesDoNot(CxoneSimulator sim) {
        WebhookReceiver receiver = WebhookReceiver.create(SECRET);
        try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment(sim.environment()))) {
            DashboardsClient dashboards = DashboardsClient.create(http);
            SubscriptionsClient subscriptions = SubscriptionsClient.create(http);
            Subscription subscription = subscriptions.create(
                    Subscription.dashboardChanges("BI_Sync_Dashboard_Changes", hookUrl()), SECRET);
            assertThat(subscription.id()).isNotBlank();
            assertThat(subscriptions.get(subscription.id()).eventFilters()).extracting(EventFilter::eventType)
                    .containsExactlyInAnyOrder(EventFilter.DASHBOARD_CREATED, EventFilter.DASHBOARD_UPDATED);

            String id = dashboards.create(Fixtures.currentDashboard("Hooked " + UUID.randomUUID())).value().id();
            dashboards.update(id, d -> d.toBuilder().refreshInterval(45).build());

            await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= 2);
            List<WebhookEvent> events = received.stream().map(r -> receiver.receive(r.body(), r.signature())).toList();
            assertThat(events).extracting(WebhookEvent::eventType)
                    .contains(EventFilter.DASHBOARD_CREATED, EventFilter.DASHBOARD_UPDATED);
            assertThat(events).allSatisfy(event -> assertThat(event.entityId()).isEqualTo(id));

            Received first = received.get(0);
            byte[] tampered = Arrays.copyOf(first.body(), first.body().length);
            tampered[tampered.length / 2] ^= 0x01;
            assertThat(receiver.verify(tampered, first.signature())).isFalse();
            assertThatThrownBy(() -> receiver.receive(tampered, first.signature()))
                    .isInstanceOf(WebhookSignatureException.class);

            subscriptions.delete(subscription.id());
            assertThatThrownBy(() -> subscriptions.get(subscription.id())).isInstanceOf(NotFoundException.class);
        }
    }
}
