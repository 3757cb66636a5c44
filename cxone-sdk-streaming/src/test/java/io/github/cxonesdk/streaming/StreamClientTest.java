package io.github.cxonesdk.streaming;

import static io.github.cxonesdk.streaming.StreamTesting.ids;
import static io.github.cxonesdk.streaming.StreamTesting.sequences;
import static io.github.cxonesdk.streaming.StreamTesting.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.streaming.spi.StreamProtocol;
import io.github.cxonesdk.testkit.CxoneSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamClientTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private CxoneSimulator sim;

    @BeforeEach
    void start() {
        sim = CxoneSimulator.builder().heartbeatInterval(Duration.ofMillis(300)).build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private StreamClient.Builder events(TokenProvider tokens) {
        return StreamClient.builder(sim.eventStreamUrl(), StreamProtocols.events("interaction.completed"), tokens)
                .backoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(100)));
    }

    @Test
    void exactlyOnceAcrossDropsDuplicatesReorderingAndTokenExpiry() {
        sim.faults().dropSocketAfter(120).duplicateMessages(true).reorderMessages(true);
        List<StreamEvent> got = Collections.synchronizedList(new ArrayList<>());
        try (StreamClient client = events(tokens(sim)).resumeAfter(0).build()) {
            client.start(got::add);
            for (int i = 0; i < 30; i++) {
                sim.workload().emit(50);
                if (i == 15) {
                    sim.faults().expireTokens();
                }
            }
            List<String> emitted = sim.workload().emitted();
            assertThat(emitted).hasSize(1_500);
            await().atMost(HANG_GUARD).until(() -> got.size() >= emitted.size());
            List<StreamEvent> delivered;
            synchronized (got) {
                delivered = List.copyOf(got);
            }
            assertThat(delivered.stream().map(StreamEvent::id).toList()).isEqualTo(ids(emitted));
            assertThat(delivered.stream().map(StreamEvent::sequence).toList()).isEqualTo(sequences(emitted));
            StreamMetrics m = client.metrics();
            assertThat(m.reconnects()).isGreaterThanOrEqualTo(20);
            assertThat(m.duplicates()).isPositive();
            assertThat(m.gaps()).isZero();
            assertThat(m.delivered()).isEqualTo(1_500);
        }
    }

    @Test
    void subscriptionErrorIsATypedExceptionNotAHang() {
        StreamProtocol bad = new StreamProtocol() {
            private final StreamProtocol real = StreamProtocols.events("interaction.completed");

            @Override
            public String subscribeMessage(OptionalLong resumeAfter) {
                return "{\"subscription\": []}";
            }

            @Override
            public String heartbeatAck() {
                return real.heartbeatAck();
            }

            @Override
            public boolean resumable() {
                return true;
            }

            @Override
            public ProtocolMessage decode(String text) {
                return real.decode(text);
            }
        };
        List<Throwable> closed = new CopyOnWriteArrayList<>();
        StreamClient client = StreamClient.builder(sim.eventStreamUrl(), bad, tokens(sim))
                .listener(new StreamListener() {
                    @Override
                    public void onClosed(Throwable cause) {
                        closed.add(cause);
                    }
                }).build();
        assertThatThrownBy(() -> client.start(e -> { }))
                .isInstanceOf(StreamSubscriptionException.class)
                .hasMessageContaining("subscription refused");
        assertThat(closed).singleElement().isInstanceOf(StreamSubscriptionException.class);
        client.close();
    }

    @Test
    void unauthorizedHandshakeInvalidatesTheTokenAndRetriesWithAFreshOne() {
        TokenProvider real = tokens(sim);
        AtomicInteger calls = new AtomicInteger();
        List<AccessToken> invalidated = new CopyOnWriteArrayList<>();
        TokenProvider flaky = new TokenProvider() {
            @Override
            public AccessToken token() {
                return calls.incrementAndGet() == 1 ? AccessToken.of("stale-token-value-123") : real.token();
            }

            @Override
            public void invalidate(AccessToken token) {
                invalidated.add(token);
            }
        };
        try (StreamClient client = events(flaky).build()) {
            client.start(e -> { });
            assertThat(invalidated).extracting(AccessToken::value).containsExactly("stale-token-value-123");
            assertThat(calls.get()).isEqualTo(2);
        }
    }

    @Test
    void tokenInQueryConnectsAndTheUrlIsLoggedMasked() {
        List<StreamEvent> got = new CopyOnWriteArrayList<>();
        try (StreamClient client = events(tokens(sim)).accessTokenInQuery(true).resumeAfter(0).build()) {
            client.start(got::add);
            sim.workload().emit(10);
            await().atMost(HANG_GUARD).until(() -> got.size() == 10);
        }
        URI withToken = URI.create(sim.eventStreamUrl() + "?access_token=s3cr3t-t0ken-value");
        assertThat(Redaction.uri(withToken)).doesNotContain("s3cr3t").contains("access_token=****");
    }

    @Test
    void silentSocketIsClosedAndReconnected() {
        try (CxoneSimulator quiet = CxoneSimulator.builder().heartbeatInterval(Duration.ofMinutes(5)).build().start();
             StreamClient client = StreamClient.builder(quiet.eventStreamUrl(),
                             StreamProtocols.events("interaction.completed"), tokens(quiet))
                     .silenceTimeout(Duration.ofMillis(200))
                     .backoff(Backoff.exponential(Duration.ofMillis(5), Duration.ofMillis(20))).build()) {
            client.start(e -> { });
            await().atMost(HANG_GUARD).until(() -> client.metrics().reconnects() >= 2);
        }
    }

    /** A caller's HttpClient carries the socket (its executor runs the listener) and outlives the stream. */
    @Test
    void aCallersHttpClientIsUsedAndStaysUsable() {
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            HttpClient http = HttpClient.newBuilder().executor(task -> {
                tasks.incrementAndGet();
                pool.execute(task);
            }).build();
            List<StreamEvent> got = new CopyOnWriteArrayList<>();
            try (StreamClient client = events(tokens(sim)).httpClient(http).resumeAfter(0).build()) {
                client.start(got::add);
                sim.workload().emit(5);
                await().atMost(HANG_GUARD).until(() -> got.size() >= 5);
            }
            assertThat(tasks).hasPositiveValue();
            List<StreamEvent> again = new CopyOnWriteArrayList<>();
            try (StreamClient client = events(tokens(sim)).httpClient(http).resumeAfter(0).build()) {
                client.start(again::add);
                await().atMost(HANG_GUARD).until(() -> again.size() >= 5);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void heartbeatsAreAnsweredSoTheServerKeepsTheSocket() {
        try (StreamClient client = events(tokens(sim)).build()) {
            client.start(e -> { });
            await().atMost(HANG_GUARD).until(() -> client.metrics().heartbeats() >= 5);
            assertThat(client.metrics().reconnects()).isZero();
        }
    }

    @Test
    void closeIsPromptAndLeavesNoThread() {
        StreamClient client = events(tokens(sim)).build();
        client.start(e -> { });
        client.close();
        assertThat(client.terminated()).isCompleted();
        await().atMost(HANG_GUARD).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("cxone-stream")));
    }

    @Test
    void secondSubscriberIsRefused() {
        try (StreamClient client = events(tokens(sim)).build()) {
            client.start(e -> { });
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            client.subscribe(new java.util.concurrent.Flow.Subscriber<StreamEvent>() {
                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                }

                @Override
                public void onNext(StreamEvent item) {
                }

                @Override
                public void onError(Throwable t) {
                    errors.add(t);
                }

                @Override
                public void onComplete() {
                }
            });
            await().atMost(HANG_GUARD).until(() -> errors.size() == 1);
            assertThat(errors.get(0)).isInstanceOf(IllegalStateException.class);
        }
    }
}
