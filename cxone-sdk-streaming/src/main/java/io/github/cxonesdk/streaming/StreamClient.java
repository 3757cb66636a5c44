package io.github.cxonesdk.streaming;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.streaming.internal.StreamEngine;
import io.github.cxonesdk.streaming.internal.StreamSettings;
import io.github.cxonesdk.streaming.spi.StreamProtocol;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A CXone stream (event or presence) over the JDK's {@link java.net.http.WebSocket}: subscribes,
 * answers heartbeats, closes and reconnects a silent socket, reconnects with {@link Backoff} and a
 * fresh token (invalidating one refused with 401), re-subscribes with {@code resumeAfter} = the last
 * sequence it delivered, restores order within a window, drops duplicates by event id (bounded memory)
 * and reports gaps, reconnects and lag to a {@link StreamListener} and in {@link #metrics()}.
 *
 * <pre>{@code
 * try (StreamClient stream = StreamClient.builder(config.eventStreamUrl(),
 *         StreamProtocols.events("interaction.completed"), TokenProviders.fromConfig(config)).build()) {
 *     stream.start(event -> handle(event.json()));   // blocks until the subscription is confirmed
 *     ...
 * }
 * }</pre>
 *
 * <p>Delivery is demand-driven: the client asks the socket for more frames only while fewer than
 * {@link Builder#bufferSize(int)} events are received and not yet delivered, so a slow subscriber slows
 * the socket (and the server) and memory stays flat. {@link Flow.Subscriber} methods and the
 * {@link #start(Consumer)} handler run one at a time on the delivery executor: the caller's
 * ({@link Builder#executor(Executor)}) or the client's own daemon thread {@code cxone-stream-delivery-N}.
 * {@link StreamListener} methods run on the client's daemon thread {@code cxone-stream-N} (see its
 * Javadoc for the exceptions).
 *
 * <p>"Connected" means the server confirmed the subscription: {@link #start(Consumer)} and
 * {@link #awaitConnected(Duration)} return then, and throw {@link StreamSubscriptionException} when
 * the server answers {@code error} (no retry). The token goes in the {@code Authorization: Bearer}
 * header unless {@link Builder#accessTokenInQuery(boolean)} asks for {@code ?access_token=}; the URL
 * is then logged only with the token masked.
 *
 * <p>This class is thread-safe.
 */
public final class StreamClient implements Flow.Publisher<StreamEvent>, AutoCloseable {
    private final StreamEngine engine;

    private StreamClient(StreamEngine engine) {
        this.engine = engine;
    }

    /**
     * Starts building a client.
     *
     * @param url      the stream URL, e.g. {@code config.eventStreamUrl()} ({@code ws:} or {@code wss:})
     * @param protocol the protocol, from {@link StreamProtocols}
     * @param tokens   where tokens come from, e.g. {@code TokenProviders.fromConfig(config)}
     * @return a builder
     * @throws NullPointerException when an argument is null
     */
    public static Builder builder(URI url, StreamProtocol protocol, TokenProvider tokens) {
        return new Builder(url, protocol, tokens);
    }

    /**
     * Subscribes the only subscriber and starts connecting. A second subscriber gets
     * {@code onError(IllegalStateException)}. Cancelling the subscription closes the client.
     *
     * @param subscriber the subscriber
     */
    @Override
    public void subscribe(Flow.Subscriber<? super StreamEvent> subscriber) {
        engine.subscribe(subscriber);
    }

    /**
     * The listener form: subscribes {@code handler} with unbounded demand (a handler that blocks
     * applies backpressure) and waits up to one minute for the subscription to be confirmed. A handler
     * that throws stops the client (see {@link #terminated()}).
     *
     * @param handler runs once per event, in order, on the delivery executor
     * @return this client
     * @throws StreamSubscriptionException when the server refuses the subscription
     * @throws io.github.cxonesdk.core.exception.CxoneClientException when it is not confirmed in time
     */
    public StreamClient start(Consumer<? super StreamEvent> handler) {
        Objects.requireNonNull(handler, "handler == null");
        subscribe(new Flow.Subscriber<StreamEvent>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(StreamEvent item) {
                handler.accept(item);
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
        awaitConnected(Duration.ofMinutes(1));
        return this;
    }

    /**
     * Waits until the server confirmed the first subscription.
     *
     * @param timeout how long to wait
     * @throws StreamSubscriptionException when the server refused the subscription or the client closed
     * @throws io.github.cxonesdk.core.exception.CxoneClientException on timeout or interruption
     */
    public void awaitConnected(Duration timeout) {
        try {
            engine.connected().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new io.github.cxonesdk.core.exception.CxoneClientException("stream failed", e.getCause());
        } catch (TimeoutException e) {
            throw new io.github.cxonesdk.core.exception.CxoneClientException(
                    "stream subscription not confirmed within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.github.cxonesdk.core.exception.CxoneClientException("interrupted waiting for the stream", e);
        }
    }

    /**
     * Returns a future that completes when the first subscription is confirmed, or fails with
     * {@link StreamSubscriptionException}.
     *
     * @return the future (completing it does nothing)
     */
    public CompletableFuture<Void> connected() {
        return engine.connected().copy();
    }

    /**
     * Returns a future that completes when the client stops: normally after {@link #close()},
     * exceptionally when it failed for good.
     *
     * @return the future (completing it does nothing)
     */
    public CompletableFuture<Void> terminated() {
        return engine.terminated().copy();
    }

    /**
     * Returns the last sequence accepted for delivery (the position a reconnect resumes after).
     *
     * @return the sequence, or -1 before the first event
     */
    public long lastSequence() {
        return engine.lastSequence();
    }

    /**
     * Returns a snapshot of the counters.
     *
     * @return the metrics
     */
    public StreamMetrics metrics() {
        return engine.metrics();
    }

    /**
     * Closes the socket at once and stops the client's threads; buffered events are dropped and the
     * subscriber gets {@code onComplete}. The client's own delivery thread ends after that signal
     * (or after a handler call in progress returns). A JDK {@link HttpClient} the client created ends
     * its selector thread when it is garbage collected. Idempotent.
     */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Builds a {@link StreamClient}. Not thread-safe.
     */
    public static final class Builder {
        private final URI url;
        private final StreamProtocol protocol;
        private final TokenProvider tokens;
        private HttpClient http;
        private boolean tokenInQuery;
        private Backoff backoff = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(30));
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration silenceTimeout = Duration.ofSeconds(45);
        private int maxMessageSize = 1 << 20;
        private int bufferSize = 1_024;
        private int reorderWindow = 128;
        private Duration gapTimeout = Duration.ofSeconds(2);
        private int dedupCapacity = 10_000;
        private long resumeAfter = -1;
        private Duration lagThreshold = Duration.ofSeconds(5);
        private Executor executor;
        private StreamListener listener = new StreamListener() {
        };

        private Builder(URI url, StreamProtocol protocol, TokenProvider tokens) {
            this.url = Objects.requireNonNull(url, "url == null");
            this.protocol = Objects.requireNonNull(protocol, "protocol == null");
            this.tokens = Objects.requireNonNull(tokens, "tokens == null");
            String scheme = url.getScheme();
            if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
                throw new IllegalArgumentException("stream URL must be ws: or wss:, was " + scheme);
            }
        }

        /**
         * Uses a caller's HTTP client (not closed by the client). Default: one the client creates,
         * running on the client's thread.
         *
         * @param http the client
         * @return this builder
         */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http == null");
            return this;
        }

        /**
         * Sends the token as {@code ?access_token=} instead of the {@code Authorization} header, for
         * deployments that demand it (default false). The URL is never logged with the token.
         *
         * @param enabled whether to put the token in the query
         * @return this builder
         */
        public Builder accessTokenInQuery(boolean enabled) {
            this.tokenInQuery = enabled;
            return this;
        }

        /**
         * Sets the reconnect backoff (default exponential from 200 ms to 30 s with full jitter). The
         * attempt count restarts after each confirmed subscription.
         *
         * @param backoff the backoff
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff == null");
            return this;
        }

        /**
         * Sets the handshake timeout (default 10 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Checks.positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long the socket may send nothing (no event, no heartbeat) while the client waits
         * for frames before it is closed and reconnected (default 45 s, three heartbeats).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder silenceTimeout(Duration timeout) {
            this.silenceTimeout = Checks.positive(timeout, "silenceTimeout");
            return this;
        }

        /**
         * Sets the largest message after reassembly of fragments, in chars (default 1 MiB); larger
         * messages are counted as malformed and skipped.
         *
         * @param chars at least 1,024
         * @return this builder
         */
        public Builder maxMessageSize(int chars) {
            this.maxMessageSize = Checks.atLeast(chars, 1_024, "maxMessageSize");
            return this;
        }

        /**
         * Sets the most events received and not yet delivered (default 1,024); the client requests
         * frames only below it.
         *
         * @param events 8 to 1,000,000
         * @return this builder
         */
        public Builder bufferSize(int events) {
            this.bufferSize = Checks.inRange(events, 8, 1_000_000, "bufferSize");
            return this;
        }

        /**
         * Sets how many out-of-order events are held while a missing sequence may still arrive
         * (default 128, capped at half the buffer); beyond it the missing ones are a gap.
         *
         * @param events at least 1
         * @return this builder
         */
        public Builder reorderWindow(int events) {
            this.reorderWindow = Checks.atLeast(events, 1, "reorderWindow");
            return this;
        }

        /**
         * Sets how long a missing sequence is awaited before it is reported as a gap (default 2 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder gapTimeout(Duration timeout) {
            this.gapTimeout = Checks.positive(timeout, "gapTimeout");
            return this;
        }

        /**
         * Sets how many recent event ids are remembered to drop duplicates (default 10,000).
         *
         * @param ids at least 1
         * @return this builder
         */
        public Builder dedupCapacity(int ids) {
            this.dedupCapacity = Checks.atLeast(ids, 1, "dedupCapacity");
            return this;
        }

        /**
         * Starts after this sequence (resumable protocols), e.g. the position of a checkpoint; 0
         * replays everything the server still holds. Default: live, from the first event received.
         *
         * @param sequence the last sequence already processed, not negative
         * @return this builder
         */
        public Builder resumeAfter(long sequence) {
            this.resumeAfter = Checks.atLeast(sequence, 0L, "resumeAfter");
            return this;
        }

        /**
         * Sets the delivery lag above which {@link StreamListener#onLag} is called (default 5 s).
         *
         * @param threshold a positive duration
         * @return this builder
         */
        public Builder lagThreshold(Duration threshold) {
            this.lagThreshold = Checks.positive(threshold, "lagThreshold");
            return this;
        }

        /**
         * Runs subscriber callbacks on {@code executor} (one at a time; never concurrently). Default:
         * the client's own daemon thread {@code cxone-stream-delivery-N}.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor == null");
            return this;
        }

        /**
         * Sets the listener for connections, reconnects, gaps, lag and skipped messages.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(StreamListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener == null");
            return this;
        }

        /**
         * Builds the client; it connects on {@link #subscribe} or {@link #start(Consumer)}.
         *
         * @return the client
         */
        public StreamClient build() {
            return new StreamClient(new StreamEngine(new StreamSettings(url, protocol, tokens, http, tokenInQuery,
                    backoff, connectTimeout, silenceTimeout, maxMessageSize, bufferSize,
                    Math.min(reorderWindow, bufferSize / 2), gapTimeout, dedupCapacity, resumeAfter, lagThreshold,
                    executor, listener)));
        }
    }
}
