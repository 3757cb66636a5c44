package io.github.cxonesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Soak run, not part of {@code verify}: {@code ./mvnw -Psoak -pl cxone-sdk-testkit verify
 * [-Dsoak.minutes=10]}. Runs the workload at full speed into an event-stream consumer and a presence
 * consumer for the given minutes and checks that the heap after GC stays flat.
 */
class SimulatorSoak {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatorSoak.class);

    /** Counts events and checks the sequence never goes backwards or skips. */
    private static final class Consumer implements WebSocket.Listener {
        final AtomicLong messages = new AtomicLong();
        final AtomicLong gaps = new AtomicLong();
        private final StringBuilder partial = new StringBuilder();
        private long lastSequence;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.contains("\"type\":\"heartbeat\"")) {
                    socket.sendText("{\"type\":\"heartbeat.ack\"}", true);
                } else if (text.startsWith("{\"eventId\"")) {
                    int at = text.indexOf("\"sequence\":") + 11;
                    long sequence = Long.parseLong(text.substring(at, text.indexOf(',', at)));
                    if (lastSequence != 0 && sequence != lastSequence + 1) {
                        gaps.incrementAndGet();
                    }
                    lastSequence = sequence;
                }
                messages.incrementAndGet();
            }
            socket.request(1);
            return null;
        }
    }

    @Test
    void fullSpeedWorkload_keepsHeapFlat() throws Exception {
        int minutes = Integer.getInteger("soak.minutes", 10);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<String> report = new ArrayList<>();
        try (CxoneSimulator sim = CxoneSimulator.builder().build().start()) {
            RawClient client = new RawClient(sim).authenticate();
            client.post("/api/v2/event-processing/filters", "{\"name\":\"premium\",\"channel\":\"voice\",\"matchers\":[],"
                    + "\"pattern_rules\":[{\"type\":\"prefix\",\"field\":\"payload.skillId\",\"pattern\":\"skill_premium_\"}]}");
            Consumer events = new Consumer();
            Consumer presence = new Consumer();
            HttpClient http = HttpClient.newHttpClient();
            WebSocket eventSocket = http.newWebSocketBuilder().header("Authorization", "Bearer " + client.token())
                    .buildAsync(sim.eventStreamUrl(), events).get(20, TimeUnit.SECONDS);
            eventSocket.sendText("{\"subscription\":[\"interaction.completed\"]}", true);
            WebSocket presenceSocket = http.newWebSocketBuilder().header("Authorization", "Bearer " + client.token())
                    .buildAsync(sim.presenceStreamUrl(), presence).get(20, TimeUnit.SECONDS);
            presenceSocket.sendText("{\"type\":\"subscribe\",\"payload\":{\"presence\":{\"userIds\":null}}}", true);
            sim.workload().startFullSpeed();

            CountDownLatch never = new CountDownLatch(1);
            List<Long> heapAfterGc = new ArrayList<>();
            long samples = minutes * 2L;
            for (int i = 1; i <= samples; i++) {
                never.await(30, TimeUnit.SECONDS);
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
                heapAfterGc.add(used);
                String line = String.format("t=%4ds events=%d presence=%d emitted=%d heapAfterGcMiB=%d gaps=%d",
                        i * 30, events.messages.get(), presence.messages.get(), sim.workload().emittedCount(), used,
                        events.gaps.get());
                report.add(line);
                LOG.info(line);
            }
            sim.workload().stop();
            Files.write(Path.of("target", "soak-report.txt"), report, StandardCharsets.UTF_8);

            long warm = heapAfterGc.get(Math.min(3, heapAfterGc.size() - 1));
            long last = heapAfterGc.get(heapAfterGc.size() - 1);
            assertThat(events.gaps.get()).isZero();
            assertThat(events.messages.get()).isGreaterThan(10_000);
            assertThat(last).as("heap after GC, MiB (warm %d, last %d)", warm, last).isLessThanOrEqualTo(warm + 64);
            eventSocket.abort();
            presenceSocket.abort();
        }
    }
}
