package io.github.cxonesdk.streaming.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.streaming.StreamClient;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.StreamProtocols;
import io.github.cxonesdk.testkit.CxoneSimulator;
import io.github.cxonesdk.streaming.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PresenceCacheTest {

    static final class Recorder implements PresenceListener {
        final List<Map<String, AgentPresence>> snapshots = new CopyOnWriteArrayList<>();
        final List<AgentPresence> updates = new CopyOnWriteArrayList<>();

        @Override
        public void onSnapshot(Map<String, AgentPresence> users) {
            snapshots.add(users);
        }

        @Override
        public void onUpdate(AgentPresence presence) {
            updates.add(presence);
        }
    }

    static StreamEvent update(String user, long sequence, String status, String wrapUp) {
        String json = "{\"type\":\"presence.update\",\"sequence\":" + sequence
                + ",\"timestamp\":\"2026-05-20T14:03:11.250Z\",\"payload\":{\"userId\":\"" + user
                + "\",\"status\":\"" + status + "\",\"queueName\":\"Sales\",\"wrapUpCode\":"
                + (wrapUp == null ? "null" : "\"" + wrapUp + "\"") + "}}";
        return new StreamEvent(user + "#" + sequence, sequence, "presence.update", user, json);
    }

    @Test
    void shuffledDeltasConvergeToTheInOrderState() {
        String[] statuses = {"Available", "InCall", "ACW", "Away", "Offline"};
        Random random = new Random(7);
        List<StreamEvent> updates = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            for (int s = 1; s <= 40; s++) {
                updates.add(update("u" + u, s, statuses[random.nextInt(statuses.length)], "W" + s));
            }
        }
        PresenceCache inOrder = PresenceCache.builder().manualFlush().build();
        updates.forEach(inOrder::accept);
        for (int round = 0; round < 5; round++) {
            List<StreamEvent> shuffled = new ArrayList<>(updates);
            Collections.shuffle(shuffled, random);
            shuffled.addAll(shuffled.subList(0, 100)); // and some duplicates
            PresenceCache cache = PresenceCache.builder().manualFlush().build();
            shuffled.forEach(cache::accept);
            assertThat(cache.snapshot()).isEqualTo(inOrder.snapshot());
            assertThat(cache.staleUpdates()).isGreaterThanOrEqualTo(100);
        }
        assertThat(inOrder.snapshot().get("u3").sequence()).isEqualTo(40);
    }

    @Test
    void unreadableUpdatesAreCountedAndSkipped() {
        PresenceCache cache = PresenceCache.builder().manualFlush().build();
        cache.accept(new StreamEvent("x#1", 1, "presence.update", "x", "{not json"));
        cache.accept(new StreamEvent("x#2", 2, "presence.update", "x", "{\"sequence\":2,\"payload\":{}}"));
        cache.accept(new StreamEvent("x#3", 3, "presence.update", "x", "{\"payload\":{\"userId\":\"x\"}}"));
        cache.accept(update("u1", 1, "Available", null));

        assertThat(cache.malformedUpdates()).isEqualTo(3);
        assertThat(cache.snapshot()).containsOnlyKeys("u1");
    }

    @Test
    void burstsAreCoalescedToOneUpdatePerUserPerWindow() {
        ManualClock clock = new ManualClock();
        PresenceCache cache = PresenceCache.builder().manualFlush().clock(clock).build();
        Recorder rec = new Recorder();
        cache.subscribe(rec);
        for (int s = 1; s <= 10; s++) {
            cache.accept(update("u1", s, s % 2 == 0 ? "InCall" : "Available", null));
            cache.accept(update("u2", s, "Away" + s, null));
            clock.now = clock.now.plusMillis(5);
            cache.flushDue();
        }
        assertThat(rec.updates).isEmpty(); // 50 ms so far, window 100 ms
        clock.now = clock.now.plusMillis(60);
        cache.flushDue();
        assertThat(rec.updates).extracting(AgentPresence::userId).containsExactly("u1", "u2");
        assertThat(rec.updates).extracting(AgentPresence::sequence).containsExactly(10L, 10L);
        cache.accept(update("u1", 11, "ACW", null));
        clock.now = clock.now.plusMillis(100);
        cache.flushDue();
        assertThat(rec.updates).hasSize(3);
        assertThat(rec.updates.get(2).status()).isEqualTo("ACW");
    }

    @Test
    void ignoredFieldsAreDroppedAndTheirChangesNotifyNobody() {
        ManualClock clock = new ManualClock();
        PresenceCache cache = PresenceCache.builder().manualFlush().clock(clock)
                .ignoreFields(Set.of("wrapUpCode")).build();
        cache.accept(update("u1", 1, "InCall", "A"));
        clock.now = clock.now.plusSeconds(1);
        cache.flushDue();
        Recorder rec = new Recorder();
        cache.subscribe(rec);
        assertThat(rec.snapshots).singleElement().satisfies(s -> {
            assertThat(s.get("u1").fields()).containsOnlyKeys("status", "queueName");
        });
        cache.accept(update("u1", 2, "InCall", "B"));
        clock.now = clock.now.plusSeconds(1);
        cache.flushDue();
        assertThat(rec.updates).isEmpty();
        assertThat(cache.snapshot().get("u1").sequence()).isEqualTo(2);
    }

    @Test
    void cacheFollowsTheSimulatorPresenceStream() {
        try (CxoneSimulator sim = CxoneSimulator.builder().build().start();
             PresenceCache cache = PresenceCache.builder().coalesceWindow(Duration.ofMillis(20)).build();
             StreamClient stream = StreamClient.builder(sim.presenceStreamUrl(),
                             StreamProtocols.presence(List.of("u1", "u2", "u3", "u4", "u5")),
                             TokenProviders.fromConfig(CxoneConfig.fromEnvironment(sim.environment())))
                     .backoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(50))).build()) {
            stream.start(cache::accept);
            sim.workload().emit(400);
            Map<String, Long> expected = new HashMap<>();
            for (String text : sim.workload().emittedPresence()) {
                JsonNode n = CxoneJson.mapper().readTree(text);
                String user = n.path("payload").path("userId").asString();
                if (List.of("u1", "u2", "u3", "u4", "u5").contains(user)) {
                    expected.merge(user, n.path("sequence").asLong(), Math::max);
                }
            }
            assertThat(expected).isNotEmpty();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Map<String, Long> got = new HashMap<>();
                cache.snapshot().forEach((u, p) -> got.put(u, p.sequence()));
                return got.equals(expected);
            });
        }
    }
}
