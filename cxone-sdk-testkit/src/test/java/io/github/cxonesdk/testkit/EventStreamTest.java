package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

class EventStreamTest {
    private static final String SUBSCRIBE = "{\"subscription\":[\"interaction.completed\"]}";

    @RegisterExtension
    static CxoneSimulatorExtension extension = CxoneSimulatorExtension.configured(
            b -> b.heartbeatInterval(Duration.ofMillis(300)).client("no-stream", "pw", Set.of("dashboard:read")));

    private static String token(CxoneSimulator sim) {
        return new RawClient(sim).authenticate().token();
    }

    private static TestSocket subscribed(CxoneSimulator sim, String subscribe) throws Exception {
        TestSocket socket = TestSocket.connect(sim.eventStreamUrl(), token(sim), true);
        socket.send(subscribe);
        await().atMost(Duration.ofSeconds(20)).until(() -> !socket.ofType("subscribed").isEmpty());
        return socket;
    }

    @Test
    void subscribe_events_drop_resume_noGapNoDuplicate(CxoneSimulator sim) throws Exception {
        TestSocket first = subscribed(sim, SUBSCRIBE);
        assertThat(first.ofType("subscribed").get(0).get("subscription").get(0).stringValue()).isEqualTo("interaction.completed");

        sim.faults().dropSocketAfter(40);
        List<String> emitted = new ArrayList<>(sim.workload().emit(100));
        assertThat(first.closed.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1012);
        List<JsonNode> before = first.events();
        assertThat(before).hasSize(40);
        sim.faults().clear();
        emitted.addAll(sim.workload().emit(50));

        long last = before.get(before.size() - 1).get("sequence").longValue();
        TestSocket second = subscribed(sim, "{\"subscription\":[\"interaction.completed\"],\"resumeAfter\":" + last + "}");
        await().atMost(Duration.ofSeconds(20)).until(() -> second.events().size() >= 110);
        emitted.addAll(sim.workload().emit(10));
        await().atMost(Duration.ofSeconds(20)).until(() -> second.events().size() >= 120);

        List<JsonNode> all = new ArrayList<>(before);
        all.addAll(second.events());
        List<String> ids = all.stream().map(e -> e.get("eventId").stringValue()).toList();
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyElementsOf(emitted.stream().map(e -> RawClient.json(e).get("eventId").stringValue()).toList());
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).get("sequence").longValue()).isEqualTo(all.get(i - 1).get("sequence").longValue() + 1);
        }
        second.abort();
    }

    @Test
    void accessTokenQueryParameter_authenticates_andMissingToken_is401(CxoneSimulator sim) throws Exception {
        URI withQuery = URI.create(sim.eventStreamUrl() + "?access_token=" + token(sim));
        TestSocket socket = TestSocket.connect(withQuery, null, true);
        socket.send(SUBSCRIBE);
        await().atMost(Duration.ofSeconds(20)).until(() -> !socket.ofType("subscribed").isEmpty());
        socket.abort();

        assertThatThrownBy(() -> TestSocket.connect(sim.eventStreamUrl(), null, true))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> {
                            assertThat(e.getResponse().statusCode()).isEqualTo(401);
                            // API.md conventions: every error answer carries an X-Request-Id header
                            assertThat(e.getResponse().headers().firstValue("X-Request-Id")).isPresent();
                        });
        String limited = new RawClient(sim).fetchToken("no-stream", "pw", null);
        assertThatThrownBy(() -> TestSocket.connect(sim.eventStreamUrl(), limited, true))
                .cause().isInstanceOfSatisfying(WebSocketHandshakeException.class,
                        e -> {
                            assertThat(e.getResponse().statusCode()).isEqualTo(403);
                            assertThat(e.getResponse().headers().firstValue("X-Request-Id")).isPresent();
                        });
    }

    @Test
    void badSubscription_getsAnErrorMessage(CxoneSimulator sim) throws Exception {
        TestSocket socket = TestSocket.connect(sim.eventStreamUrl(), token(sim), true);
        socket.send("{\"subscribe\":true}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !socket.ofType("error").isEmpty());
        socket.abort();
    }

    @Test
    void heartbeats_keepAnAckingSocketOpen_andCloseASilentOne(CxoneSimulator sim) throws Exception {
        TestSocket acking = subscribed(sim, SUBSCRIBE);
        TestSocket silent = TestSocket.connect(sim.eventStreamUrl(), token(sim), false);
        silent.send(SUBSCRIBE);

        assertThat(silent.closed.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1008);
        assertThat(silent.ofType("heartbeat")).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> acking.ofType("heartbeat").size() >= 4);
        assertThat(acking.closed).isNotDone();
        acking.abort();
    }

    @Test
    void duplicateAndReorderFaults_changeTheDelivery(CxoneSimulator sim) throws Exception {
        TestSocket socket = subscribed(sim, SUBSCRIBE);
        sim.faults().duplicateMessages(true);
        sim.workload().emit(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> socket.events().size() >= 6);
        List<Long> duplicated = socket.events().stream().map(e -> e.get("sequence").longValue()).toList();
        assertThat(duplicated.get(0)).isEqualTo(duplicated.get(1));

        sim.faults().clear().reorderMessages(true);
        sim.workload().emit(4);
        await().atMost(Duration.ofSeconds(20)).until(() -> socket.events().size() >= 10);
        List<Long> reordered = socket.events().stream().skip(6).map(e -> e.get("sequence").longValue()).toList();
        assertThat(reordered.get(0)).isGreaterThan(reordered.get(1));
        socket.abort();
    }

    @Test
    void tokenExpiryMidStream_closesTheSocket(CxoneSimulator sim) throws Exception {
        TestSocket socket = subscribed(sim, SUBSCRIBE);
        sim.faults().expireTokens();
        assertThat(socket.closed.get(20, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(1008);
    }

    @Test
    void presence_subscribe_snapshotAndPerUserSequences(CxoneSimulator sim) throws Exception {
        sim.workload().emit(200);
        TestSocket socket = TestSocket.connect(sim.presenceStreamUrl(), token(sim), true);
        socket.send("{\"type\":\"subscribe\",\"payload\":{\"presence\":{\"userIds\":[\"u1\",\"u2\"]}}}");
        await().atMost(Duration.ofSeconds(20)).until(() -> !socket.ofType("subscribed").isEmpty());
        assertThat(socket.ofType("subscribed").get(0).at("/payload/presence/userIds").size()).isEqualTo(2);

        sim.workload().emit(400);
        await().atMost(Duration.ofSeconds(20)).until(() -> socket.ofType("presence.update").size() >= 6);
        List<JsonNode> updates = socket.ofType("presence.update");
        for (String user : List.of("u1", "u2")) {
            List<Long> sequences = updates.stream().filter(u -> u.at("/payload/userId").stringValue().equals(user))
                    .map(u -> u.get("sequence").longValue()).toList();
            assertThat(sequences).isSorted().doesNotHaveDuplicates();
        }
        assertThat(updates).allSatisfy(u -> assertThat(u.at("/payload/userId").stringValue()).isIn("u1", "u2"));
        socket.abort();
    }
}
