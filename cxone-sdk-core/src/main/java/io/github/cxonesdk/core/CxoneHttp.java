package io.github.cxonesdk.core;

import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.auth.TokenProviders;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.HttpPipeline;
import io.github.cxonesdk.core.internal.JdkHttpTransport;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.core.spi.CxoneListener;
import io.github.cxonesdk.core.spi.HttpTransport;
import io.github.cxonesdk.core.spi.RateLimiter;
import io.github.cxonesdk.core.spi.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP pipeline every CXone client uses. Per call, in this order: a fresh
 * {@code X-Request-Id}, the {@code User-Agent}, the bearer token (on a 401 the token is invalidated
 * and the call replayed once), the optional client-side rate limiter, retries (429, 502, 503, 504 and
 * connection failures, honouring {@code Retry-After}) and the {@link HttpTransport}. JSON goes in and
 * out through {@link CxoneJson#mapper()}. Error statuses surface, after retries, as the
 * {@link io.github.cxonesdk.core.exception.CxoneServiceException} subtypes; failures without a usable
 * response as {@link io.github.cxonesdk.core.exception.CxoneClientException}.
 *
 * <pre>{@code
 * try (CxoneHttp http = CxoneHttp.create(CxoneConfig.fromEnvironment())) {
 *     CxoneResponse<JsonNode> r = http.execute(
 *             CxoneRequest.get("/api/v2/dashboards/{}", id).operation("GetDashboard").build(), JsonNode.class);
 *     String etag = r.etag().orElseThrow();
 * }
 * }</pre>
 *
 * <p>This class is thread-safe. {@link #executeAsync(CxoneRequest, Class)} runs the blocking pipeline
 * on the executor given to the builder (by default a bounded pool this instance owns: at most
 * {@value #DEFAULT_ASYNC_THREADS} daemon threads named {@code cxone-http-async-N} and
 * {@value #DEFAULT_ASYNC_QUEUE} queued calls; never the common pool), so callbacks chained without an
 * executor run on that thread. A call the executor rejects (queue full, or closed) completes its future
 * exceptionally with a {@link CxoneClientException}; it is never dropped silently.
 */
public final class CxoneHttp implements AutoCloseable {
    /** The default most threads of the owned {@code executeAsync} pool. */
    public static final int DEFAULT_ASYNC_THREADS = 16;

    /** The default most calls waiting in the owned {@code executeAsync} pool's queue. */
    public static final int DEFAULT_ASYNC_QUEUE = 4_096;

    private static final AtomicInteger ASYNC_THREADS = new AtomicInteger();

    private final CxoneConfig config;
    private final TokenProvider tokens;
    private final HttpPipeline pipeline;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CxoneHttp(Builder b) {
        this.config = Objects.requireNonNull(b.config, "config == null");
        this.ownsTransport = b.transport == null;
        this.transport = ownsTransport ? JdkHttpTransport.create(config.connectTimeout()) : b.transport;
        this.tokens = b.tokenProvider != null ? b.tokenProvider
                : TokenProviders.fromConfig(config, transport, b.clock);
        this.pipeline = new HttpPipeline(config, tokens, transport, b.retryPolicy, b.listener, b.rateLimiter,
                b.clock, b.sleeper, CxoneJson.mapper());
        this.ownedExecutor = b.executor == null ? boundedPool(b.asyncThreads, b.asyncQueue) : null;
        this.executor = b.executor != null ? b.executor : ownedExecutor;
    }

    /**
     * Creates a pipeline with default retries, its own JDK transport and the token provider the
     * configuration's credentials describe.
     *
     * @param config the configuration
     * @return the pipeline
     * @throws IllegalArgumentException if the configuration holds no credentials
     */
    public static CxoneHttp create(CxoneConfig config) {
        return builder().config(config).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Executes a call and waits for it.
     *
     * @param <T> the body type
     * @param request the request
     * @param responseType the body type; {@code Void.class} for none, {@code String.class} or
     *        {@code byte[].class} for the raw body
     * @return the 2xx response
     * @throws io.github.cxonesdk.core.exception.CxoneServiceException for an error status after retries
     * @throws io.github.cxonesdk.core.exception.CxoneClientException without a usable response
     * @throws io.github.cxonesdk.core.exception.AuthenticationException if no token could be obtained
     */
    public <T> CxoneResponse<T> execute(CxoneRequest request, Class<T> responseType) {
        Objects.requireNonNull(responseType, "responseType == null");
        return execute(request, CxoneJson.mapper().constructType(responseType));
    }

    /**
     * Executes a call with a generic body type and waits for it.
     *
     * @param <T> the body type
     * @param request the request
     * @param responseType the body type, such as {@code new TypeReference<List<Dashboard>>() {}}
     * @return the 2xx response
     * @throws io.github.cxonesdk.core.exception.CxoneException as {@link #execute(CxoneRequest, Class)}
     */
    public <T> CxoneResponse<T> execute(CxoneRequest request, TypeReference<T> responseType) {
        Objects.requireNonNull(responseType, "responseType == null");
        return execute(request, CxoneJson.mapper().constructType(responseType));
    }

    private <T> CxoneResponse<T> execute(CxoneRequest request, JavaType type) {
        Objects.requireNonNull(request, "request == null");
        requireOpen();
        return pipeline.execute(request, type);
    }

    private void requireOpen() {
        // checked before submitting too: the owned executor is shut down and would throw RejectedExecutionException
        if (closed.get()) {
            throw new IllegalStateException("CxoneHttp is closed");
        }
    }

    /**
     * Executes a call on the executor.
     *
     * @param <T> the body type
     * @param request the request
     * @param responseType the body type
     * @return a future completed with the response, or exceptionally with a
     *         {@link io.github.cxonesdk.core.exception.CxoneException} ({@code join()} wraps it in a
     *         {@link java.util.concurrent.CompletionException}, {@code get()} in an
     *         {@link java.util.concurrent.ExecutionException}); with a {@link CxoneClientException}
     *         whose cause is a {@link RejectedExecutionException} when the executor's queue is full
     * @throws IllegalStateException if this pipeline is closed
     */
    public <T> CompletableFuture<CxoneResponse<T>> executeAsync(CxoneRequest request, Class<T> responseType) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(responseType, "responseType == null");
        return submit(request, () -> execute(request, responseType));
    }

    /**
     * Executes a call with a generic body type on the executor.
     *
     * @param <T> the body type
     * @param request the request
     * @param responseType the body type
     * @return a future completed with the response, or exceptionally with a
     *         {@link io.github.cxonesdk.core.exception.CxoneException} ({@code join()} wraps it in a
     *         {@link java.util.concurrent.CompletionException}, {@code get()} in an
     *         {@link java.util.concurrent.ExecutionException})
     * @throws IllegalStateException if this pipeline is closed
     */
    public <T> CompletableFuture<CxoneResponse<T>> executeAsync(CxoneRequest request, TypeReference<T> responseType) {
        Objects.requireNonNull(request, "request == null");
        Objects.requireNonNull(responseType, "responseType == null");
        return submit(request, () -> execute(request, responseType));
    }

    private <T> CompletableFuture<CxoneResponse<T>> submit(CxoneRequest request, Supplier<CxoneResponse<T>> call) {
        requireOpen();
        try {
            return CompletableFuture.supplyAsync(call, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new CxoneClientException(request.operation()
                    + " rejected by the executeAsync executor (" + (closed.get() ? "closed" : "its queue is full")
                    + "); nothing was sent [" + request.method() + " " + request.path() + "]", e));
        }
    }

    /**
     * Returns the JSON mapper used for bodies (the shared {@link CxoneJson#mapper()}).
     *
     * @return the mapper
     */
    public JsonMapper json() {
        return CxoneJson.mapper();
    }

    /**
     * Returns the token provider, for protocols outside this pipeline (such as a WebSocket handshake)
     * that need the same bearer token.
     *
     * @return the provider
     */
    public TokenProvider tokenProvider() {
        return tokens;
    }

    /**
     * Returns the configuration.
     *
     * @return the configuration
     */
    public CxoneConfig config() {
        return config;
    }

    /**
     * Releases the owned executor and transport. Idempotent; later calls fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            if (ownedExecutor != null) {
                ownedExecutor.shutdown();
            }
            if (ownsTransport) {
                transport.close();
            }
        }
    }

    /** At most {@code threads} threads (idle ones end after a minute) and {@code queue} waiting calls. */
    private static ExecutorService boundedPool(int threads, int queue) {
        ThreadFactory daemonThreads = r -> {
            Thread t = new Thread(r, "cxone-http-async-" + ASYNC_THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(queue), daemonThreads, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * Builds a {@link CxoneHttp}. Not thread-safe.
     */
    public static final class Builder {
        private CxoneConfig config;
        private TokenProvider tokenProvider;
        private HttpTransport transport;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private CxoneListener listener = CxoneListener.NONE;
        private RateLimiter rateLimiter;
        private Executor executor;
        private int asyncThreads = DEFAULT_ASYNC_THREADS;
        private int asyncQueue = DEFAULT_ASYNC_QUEUE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * Sets the configuration (required).
         *
         * @param v the configuration
         * @return this builder
         */
        public Builder config(CxoneConfig v) {
            config = Objects.requireNonNull(v, "config == null");
            return this;
        }

        /**
         * Sets the token provider (default: from the configuration's credentials).
         *
         * @param v the provider
         * @return this builder
         */
        public Builder tokenProvider(TokenProvider v) {
            tokenProvider = Objects.requireNonNull(v, "tokenProvider == null");
            return this;
        }

        /**
         * Sets the transport (default: a JDK {@link HttpClient} owned by the pipeline).
         *
         * @param v the transport; not closed by {@link CxoneHttp#close()}
         * @return this builder
         */
        public Builder transport(HttpTransport v) {
            transport = Objects.requireNonNull(v, "transport == null");
            return this;
        }

        /**
         * Sets the retry policy (default {@link RetryPolicy#defaults()}).
         *
         * @param v the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy v) {
            retryPolicy = Objects.requireNonNull(v, "retryPolicy == null");
            return this;
        }

        /**
         * Sets the listener observing attempts, retries, throttling, responses and failures.
         *
         * @param v the listener
         * @return this builder
         */
        public Builder listener(CxoneListener v) {
            listener = Objects.requireNonNull(v, "listener == null");
            return this;
        }

        /**
         * Sets a client-side rate limiter asked for a permit before each call (default none).
         *
         * @param v the limiter
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter v) {
            rateLimiter = Objects.requireNonNull(v, "rateLimiter == null");
            return this;
        }

        /**
         * Sets the bounds of the owned {@link CxoneHttp#executeAsync(CxoneRequest, Class)} pool (default
         * {@value CxoneHttp#DEFAULT_ASYNC_THREADS} threads, {@value CxoneHttp#DEFAULT_ASYNC_QUEUE} queued
         * calls); a call submitted when every thread is busy and the queue is full fails its future.
         * Ignored when an {@link #executor(Executor)} is set.
         *
         * @param maxThreads the most threads, 1 to 1,024
         * @param queueCapacity the most calls waiting for a thread, 1 to 1,000,000
         * @return this builder
         * @throws IllegalArgumentException if a bound is out of range
         */
        public Builder asyncPool(int maxThreads, int queueCapacity) {
            asyncThreads = Checks.inRange(maxThreads, 1, 1_024, "maxThreads");
            asyncQueue = Checks.inRange(queueCapacity, 1, 1_000_000, "queueCapacity");
            return this;
        }

        /**
         * Sets the executor of {@link CxoneHttp#executeAsync(CxoneRequest, Class)} (default: an owned
         * bounded pool, see {@link #asyncPool(int, int)}).
         *
         * @param v the executor; not shut down by {@link CxoneHttp#close()}
         * @return this builder
         */
        public Builder executor(Executor v) {
            executor = Objects.requireNonNull(v, "executor == null");
            return this;
        }

        /**
         * Sets the clock for {@code Retry-After} dates and the retry time budget (default UTC system clock).
         *
         * @param v the clock
         * @return this builder
         */
        public Builder clock(Clock v) {
            clock = Objects.requireNonNull(v, "clock == null");
            return this;
        }

        /**
         * Sets the sleeper that waits between retries (default {@link Sleeper#system()}).
         *
         * @param v the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper v) {
            sleeper = Objects.requireNonNull(v, "sleeper == null");
            return this;
        }

        /**
         * Builds the pipeline.
         *
         * @return the pipeline
         * @throws NullPointerException if no configuration was set
         * @throws IllegalArgumentException if no token provider was set and the configuration holds no credentials
         */
        public CxoneHttp build() {
            return new CxoneHttp(this);
        }
    }
}
