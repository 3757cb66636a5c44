package io.github.cxonesdk.streaming.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SseServerTest {
    private static final Duration GUARD = Duration.ofSeconds(60);

    /** Reads an SSE stream on a thread, collecting ids and comments. */
    static final class Reader implements AutoCloseable {
        final List<Long> ids = new CopyOnWriteArrayList<>();
        final List<String> data = new CopyOnWriteArrayList<>();
        final List<String> comments = new CopyOnWriteArrayList<>();
        private final Thread thread;
        private volatile Stream<String> lines;

        Reader(URI url, String lastEventId) throws Exception {
            HttpRequest.Builder req = HttpRequest.newBuilder(url);
            if (lastEventId != null) {
                req.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                    .send(req.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/event-stream"));
            lines = response.body();
            thread = new Thread(() -> {
                try {
                    lines.forEach(line -> {
                        if (line.startsWith("id: ")) {
                            ids.add(Long.parseLong(line.substring(4)));
                        } else if (line.startsWith("data: ")) {
                            data.add(line.substring(6));
                        } else if (line.startsWith(":")) {
                            comments.add(line);
                        }
                    });
                } catch (RuntimeException e) {
                    // closed
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Test
    void reconnectWithLastEventIdGetsWhatItMissed() throws Exception {
        Broadcaster b = Broadcaster.builder().replaySize(100).build();
        try (SseServer sse = SseServer.builder(b).heartbeat(Duration.ofMillis(100)).build().start()) {
            long last;
            try (Reader first = new Reader(sse.url(), null)) {
                await().atMost(GUARD).until(() -> b.subscriberCount() == 1);
                for (int i = 1; i <= 10; i++) {
                    b.publish("presence", "{\"n\":" + i + "}");
                }
                await().atMost(GUARD).until(() -> first.ids.size() == 10);
                await().atMost(GUARD).until(() -> !first.comments.isEmpty());
                last = first.ids.get(first.ids.size() - 1);
            }
            for (int i = 11; i <= 20; i++) {
                b.publish("presence", "{\"n\":" + i + "}");
            }
            try (Reader second = new Reader(sse.url(), Long.toString(last))) {
                b.publish("presence", "{\"n\":21}");
                await().atMost(GUARD).until(() -> second.ids.size() == 11);
                assertThat(second.ids).containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L);
                assertThat(second.data.get(0)).isEqualTo("{\"n\":11}");
            }
        }
    }

    @Test
    void stalledClientIsEvictedWithoutSlowingTheOthers() throws Exception {
        Broadcaster b = Broadcaster.builder().queueCapacity(50).replaySize(0).build();
        String payload = "{\"pad\":\"" + "x".repeat(32 * 1024) + "\"}";
        try (SseServer sse = SseServer.builder(b).build().start();
             Reader healthy = new Reader(sse.url(), null);
             Socket stalled = new Socket("127.0.0.1", sse.url().getPort())) {
            stalled.setReceiveBufferSize(4096);
            OutputStream out = stalled.getOutputStream();
            out.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(GUARD).until(() -> b.subscriberCount() == 2);
            int total = 1_000;
            for (int i = 1; i <= total; i++) {
                b.publish("pad", payload);
                if (i % 25 == 0) {
                    int sent = i;
                    await().atMost(GUARD).until(() -> healthy.ids.size() >= sent - 25);
                }
            }
            await().atMost(GUARD).until(() -> healthy.ids.size() == total);
            assertThat(b.evictions()).isEqualTo(1);
            assertThat(b.subscriberCount()).isEqualTo(1);
            assertThat(healthy.ids).hasSize(total).isSorted();
        }
    }

    @Test
    void multiLineDataBecomesSeveralDataLines() {
        String text = new String(SseServer.format(new BroadcastMessage(7, "t", "a\nb\r\nc")), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("id: 7\nevent: t\ndata: a\ndata: b\ndata: c\n\n");
    }

    @Test
    void routesServeTheirOwnBroadcasterOnTheSamePort() throws Exception {
        Broadcaster v1 = Broadcaster.builder().build();
        Broadcaster v2 = Broadcaster.builder().build();
        try (SseServer sse = SseServer.builder(v2).path("/events/v2").route("/events/v1", v1).build().start();
             Reader r1 = new Reader(sse.url("/events/v1"), null);
             Reader r2 = new Reader(sse.url(), null)) {
            assertThat(sse.url("/events/v1").getPort()).isEqualTo(sse.url().getPort());
            await().atMost(GUARD).until(() -> v1.subscriberCount() == 1 && v2.subscriberCount() == 1);
            v1.publish("e", "{\"v\":1}");
            v2.publish("e", "{\"v\":2}");
            v1.publish("e", "{\"v\":11}");
            await().atMost(GUARD).until(() -> r1.data.size() == 2 && r2.data.size() == 1);
            assertThat(r1.data).containsExactly("{\"v\":1}", "{\"v\":11}");
            assertThat(r2.data).containsExactly("{\"v\":2}");
        }
    }

    @Test
    void routeRejectsDuplicateAndMalformedPaths() {
        Broadcaster b = Broadcaster.builder().build();
        assertThatThrownBy(() -> SseServer.builder(b).route("/events", b).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SseServer.builder(b).route("/a", b).route("/a", b))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SseServer.builder(b).route("a", b))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SseServer.builder(b).build().url("/x"))
                .isInstanceOf(IllegalStateException.class);
    }
}
