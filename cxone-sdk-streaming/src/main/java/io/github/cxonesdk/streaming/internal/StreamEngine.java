package io.github.cxonesdk.streaming.internal;

import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.streaming.StreamEvent;
import io.github.cxonesdk.streaming.StreamListener;
import io.github.cxonesdk.streaming.StreamMetrics;
import io.github.cxonesdk.streaming.StreamSubscriptionException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stream client's machinery: connects, subscribes, answers heartbeats, detects silence,
 * reconnects with backoff and a fresh token, resumes, sequences and delivers with bounded demand.
 * Thread-safe; state is guarded by {@code lock}.
 */
public final class StreamEngine implements Flow.Publisher<StreamEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamEngine.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final int MAX_UNAUTHORIZED = 3;
    private static final int BATCH = 256;

    final StreamSettings s;
    final Object lock = new Object();
    final ScheduledThreadPoolExecutor scheduler;
    final HttpClient http;
    private final ExecutorService ownDelivery;
    private final java.util.concurrent.Executor delivery;
    private final StreamListener listener;
    private final ArrayDeque<Queued> queue = new ArrayDeque<>();
    private final Sequencer sequencer;
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final Map<String, LongAdder> malformed = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicLong missed = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private volatile int maxBuffered;
    private volatile long lastLagReport;

    // guarded by lock
    private Connection current;
    private int attempt;
    private int unauthorized;
    private boolean started;
    private boolean closed;
    private Flow.Subscriber<? super StreamEvent> subscriber;
    private long demand;
    private boolean draining;
    private ScheduledFuture<?> gapTimer;

    record Queued(StreamEvent event, long receivedNanos) {
    }

    /**
     * Creates an engine; nothing connects before {@link #subscribe}.
     *
     * @param settings the checked settings
     */
    public StreamEngine(StreamSettings settings) {
        this.s = settings;
        int id = IDS.incrementAndGet();
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "cxone-stream-" + id));
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        scheduler.setRemoveOnCancelPolicy(true);
        this.http = settings.http() != null ? settings.http()
                : HttpClient.newBuilder().executor(scheduler).connectTimeout(settings.connectTimeout()).build();
        if (settings.executor() == null) {
            this.ownDelivery = Executors.newSingleThreadExecutor(r -> daemon(r, "cxone-stream-delivery-" + id));
            this.delivery = ownDelivery;
        } else {
            this.ownDelivery = null;
            this.delivery = settings.executor();
        }
        this.listener = settings.listener();
        this.sequencer = new Sequencer(settings.protocol().resumable(), settings.reorderWindow(),
                settings.dedupCapacity(), settings.resumeAfter(), new Output());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** @return completes when the first subscription is confirmed, or fails when refused */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** @return completes when the engine stops (exceptionally on failure) */
    public CompletableFuture<Void> terminated() {
        return terminated;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super StreamEvent> sub) {
        java.util.Objects.requireNonNull(sub, "subscriber == null");
        synchronized (lock) {
            if (subscriber != null || closed) {
                delivery.execute(() -> {
                    sub.onSubscribe(new Flow.Subscription() {
                        @Override
                        public void request(long n) {
                        }

                        @Override
                        public void cancel() {
                        }
                    });
                    sub.onError(new IllegalStateException(closed ? "stream client is closed"
                            : "a stream client takes one subscriber"));
                });
                return;
            }
            subscriber = sub;
            started = true;
        }
        delivery.execute(() -> sub.onSubscribe(new Subscription()));
        long period = Math.max(10, Math.min(1_000, s.silenceTimeout().toMillis() / 4));
        scheduler.scheduleWithFixedDelay(this::checkSilence, period, period, TimeUnit.MILLISECONDS);
        scheduler.execute(this::connect);
    }

    private final class Subscription implements Flow.Subscription {
        @Override
        public void request(long n) {
            if (n <= 0) {
                fail(new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)"));
                return;
            }
            synchronized (lock) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            signalDrain();
        }

        @Override
        public void cancel() {
            close();
        }
    }

    // ---------------------------------------------------------------- connecting

    private void connect() {
        synchronized (lock) {
            if (closed) {
                return;
            }
        }
        AccessToken token;
        try {
            token = s.tokens().token();
        } catch (AuthenticationException e) {
            if (e.status() >= 400 && e.status() < 500) {
                fail(new StreamSubscriptionException("stream not started: the token endpoint refused ("
                        + e.status() + ")", e));
            } else {
                reconnectLater(null, "token endpoint unavailable: " + Redaction.text(e.getMessage()));
            }
            return;
        } catch (RuntimeException e) {
            reconnectLater(null, "token: " + Redaction.text(String.valueOf(e)));
            return;
        }
        Connection c = new Connection(this, token);
        synchronized (lock) {
            if (closed) {
                return;
            }
            current = c;
            sequencer.reset();
        }
        URI target = s.tokenInQuery() ? withToken(s.url(), token.value()) : s.url();
        LOG.debug("connecting stream {}", Redaction.uri(target));
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(s.connectTimeout());
        if (!s.tokenInQuery()) {
            builder.header("Authorization", "Bearer " + token.value());
        }
        try {
            builder.buildAsync(target, c).whenComplete((ws, error) -> {
                if (error != null) {
                    handshakeFailed(c, error);
                }
            });
        } catch (RuntimeException e) {
            handshakeFailed(c, e);
        }
    }

    static URI withToken(URI url, String token) {
        String q = "access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String s = url.toString();
        return URI.create(s + (url.getRawQuery() == null ? "?" : "&") + q);
    }

    private void handshakeFailed(Connection c, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof WebSocketHandshakeException h) {
            int status = h.getResponse().statusCode();
            if (status == 401) {
                s.tokens().invalidate(c.token);
                boolean giveUp;
                synchronized (lock) {
                    giveUp = ++unauthorized >= MAX_UNAUTHORIZED;
                }
                if (giveUp) {
                    fail(new StreamSubscriptionException("stream handshake refused: 401 with "
                            + MAX_UNAUTHORIZED + " fresh tokens in a row", cause));
                    return;
                }
            } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                fail(new StreamSubscriptionException("stream handshake refused: " + status + " at "
                        + Redaction.uri(s.url()), cause));
                return;
            }
            reconnectLater(c, "handshake answered " + status);
            return;
        }
        reconnectLater(c, "connect failed: " + Redaction.text(String.valueOf(cause), Redaction.secrets(c.token.value())));
    }

    void reconnectLater(Connection c, String reason) {
        Duration delay;
        int n;
        synchronized (lock) {
            if (closed || (c != null && current != null && c != current)) {
                return;
            }
            if (c != null) {
                c.dead = true;
            }
            current = null;
            sequencer.reset();
            cancelGapTimer();
            n = ++attempt;
            delay = s.backoff().delay(n);
        }
        if (c != null) {
            c.abort();
        }
        reconnects.incrementAndGet();
        LOG.info("stream {} disconnected ({}); reconnect {} in {} ms", Redaction.uri(s.url()), reason, n,
                delay.toMillis());
        listener.onReconnecting(n, delay, reason);
        try {
            scheduler.schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void checkSilence() {
        Connection c;
        synchronized (lock) {
            c = current;
        }
        if (c != null && c.silentFor(s.silenceTimeout())) {
            reconnectLater(c, "no frame for " + s.silenceTimeout().toMillis() + " ms");
        }
    }

    // ---------------------------------------------------------------- frames (called by Connection)

    void opened(Connection c) {
        String subscribe;
        synchronized (lock) {
            if (c != current) {
                c.abort();
                return;
            }
            long last = sequencer.lastAccepted();
            subscribe = s.protocol().subscribeMessage(s.protocol().resumable() && last >= 0
                    ? java.util.OptionalLong.of(last) : java.util.OptionalLong.empty());
        }
        c.send(subscribe);
        topUp(c);
    }

    void subscribed(Connection c) {
        long resumed;
        synchronized (lock) {
            if (c != current) {
                return;
            }
            attempt = 0;
            unauthorized = 0;
            resumed = s.protocol().resumable() ? sequencer.lastAccepted() : -1;
        }
        connected.complete(null);
        listener.onConnected(resumed);
    }

    void refused(Connection c, String detail) {
        if (!c.subscribed) {
            fail(new StreamSubscriptionException("stream subscription refused: "
                    + Redaction.text(detail, Redaction.secrets(c.token.value())), null));
        } else {
            LOG.warn("stream server error: {}", Redaction.text(detail, Redaction.secrets(c.token.value())));
        }
    }

    void event(Connection c, StreamEvent event) {
        received.incrementAndGet();
        synchronized (lock) {
            c.inFlight--; // with the buffering below, so topUp never sees the event in neither count
            if (c != current) {
                return;
            }
            sequencer.offer(event);
            int held = sequencer.held();
            if (held == 0) {
                cancelGapTimer();
            } else if (gapTimer == null) {
                gapTimer = scheduler.schedule(this::gapTimeout, s.gapTimeout().toNanos(), TimeUnit.NANOSECONDS);
            }
        }
        signalDrain();
    }

    private void gapTimeout() {
        synchronized (lock) {
            gapTimer = null;
            sequencer.skipHole();
        }
        signalDrain();
    }

    private void cancelGapTimer() {
        if (gapTimer != null) {
            gapTimer.cancel(false);
            gapTimer = null;
        }
    }

    void heartbeat(Connection c) {
        heartbeats.incrementAndGet();
        c.send(s.protocol().heartbeatAck());
    }

    void malformed(String reason) {
        malformed.computeIfAbsent(reason, r -> new LongAdder()).increment();
        listener.onMalformed(reason);
    }

    /** Requests more frames from the socket while received-but-undelivered stays under the bound. */
    void topUp(Connection c) {
        int n;
        synchronized (lock) {
            if (c == null || c != current || c.ws == null) {
                return;
            }
            int used = c.inFlight + queue.size() + sequencer.held();
            n = s.bufferSize() - used;
            if (n <= 0 || (c.inFlight > 0 && n < Math.max(1, s.bufferSize() / 8))) {
                return;
            }
            if (c.inFlight == 0) {
                c.touch();
            }
            c.inFlight += n;
        }
        c.ws.request(n);
    }

    private final class Output implements Sequencer.Output {
        @Override
        public void accept(StreamEvent event) {
            queue.add(new Queued(event, System.nanoTime()));
            if (queue.size() > maxBuffered) {
                maxBuffered = queue.size();
            }
        }

        @Override
        public void gap(long first, long last) {
            gaps.incrementAndGet();
            missed.addAndGet(last - first + 1);
            LOG.warn("stream gap: sequences {} to {} are lost", first, last);
            listener.onGap(first, last);
        }

        @Override
        public void duplicate() {
            duplicates.incrementAndGet();
        }
    }

    // ---------------------------------------------------------------- delivery

    private void signalDrain() {
        synchronized (lock) {
            if (draining || subscriber == null || closed || queue.isEmpty() || demand == 0) {
                return;
            }
            draining = true;
        }
        try {
            delivery.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (lock) {
                draining = false;
            }
        }
    }

    private void drain() {
        for (int i = 0; i < BATCH; i++) {
            Queued q;
            Flow.Subscriber<? super StreamEvent> sub;
            Connection c;
            int buffered;
            synchronized (lock) {
                if (closed || queue.isEmpty() || demand == 0) {
                    draining = false;
                    return;
                }
                q = queue.poll();
                if (demand != Long.MAX_VALUE) {
                    demand--;
                }
                sub = subscriber;
                c = current;
                buffered = queue.size();
            }
            reportLag(q, buffered);
            topUp(c);
            delivered.incrementAndGet();
            try {
                sub.onNext(q.event());
            } catch (RuntimeException | Error e) {
                LOG.error("stream subscriber failed on {}; closing the stream", q.event(), e);
                synchronized (lock) {
                    draining = false;
                }
                terminate(e, false);
                return;
            }
        }
        synchronized (lock) {
            draining = false;
        }
        signalDrain();
    }

    private void reportLag(Queued q, int buffered) {
        long lagNanos = System.nanoTime() - q.receivedNanos();
        if (lagNanos > s.lagThreshold().toNanos()) {
            long now = System.nanoTime();
            if (now - lastLagReport > TimeUnit.SECONDS.toNanos(1)) {
                lastLagReport = now;
                listener.onLag(Duration.ofNanos(lagNanos), buffered);
            }
        }
    }

    // ---------------------------------------------------------------- end

    /** Fails for good: the subscriber gets {@code onError}. */
    void fail(Throwable error) {
        LOG.warn("stream {} stopped: {}", Redaction.uri(s.url()), error.getMessage());
        terminate(error, true);
        connected.completeExceptionally(error);
    }

    /** Stops: closes the socket and the threads; the subscriber gets {@code onComplete}. */
    public void close() {
        terminate(null, true);
        connected.completeExceptionally(new StreamSubscriptionException("stream client closed", null));
    }

    private void terminate(Throwable error, boolean signal) {
        Connection c;
        Flow.Subscriber<? super StreamEvent> sub;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            c = current;
            current = null;
            cancelGapTimer();
            sub = subscriber;
            queue.clear();
        }
        if (c != null) {
            c.abort();
        }
        scheduler.shutdown();
        if (sub != null && signal) {
            try {
                delivery.execute(() -> {
                    if (error == null) {
                        sub.onComplete();
                    } else {
                        sub.onError(error);
                    }
                });
            } catch (RejectedExecutionException e) {
                LOG.debug("delivery executor refused the final signal", e);
            }
        }
        if (ownDelivery != null) {
            ownDelivery.shutdown();
        }
        listener.onClosed(error);
        if (error == null) {
            terminated.complete(null);
        } else {
            terminated.completeExceptionally(error);
        }
    }

    /** @return whether {@link #subscribe} was called */
    public boolean started() {
        synchronized (lock) {
            return started;
        }
    }

    /** @return the last sequence accepted for delivery, or -1 */
    public long lastSequence() {
        synchronized (lock) {
            return sequencer.lastAccepted();
        }
    }

    /** @return a snapshot of the counters */
    public StreamMetrics metrics() {
        int buffered;
        synchronized (lock) {
            buffered = queue.size();
        }
        Map<String, Long> bad = new java.util.TreeMap<>();
        malformed.forEach((k, v) -> bad.put(k, v.sum()));
        return new StreamMetrics(received.get(), delivered.get(), duplicates.get(), bad, gaps.get(), missed.get(),
                reconnects.get(), heartbeats.get(), buffered, maxBuffered);
    }
}
