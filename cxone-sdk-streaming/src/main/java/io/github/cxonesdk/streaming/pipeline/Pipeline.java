package io.github.cxonesdk.streaming.pipeline;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.spi.Sleeper;
import io.github.cxonesdk.streaming.StreamEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Source → aggregator → sink, with checkpoints that make restarts exact: the checkpoint holds the
 * source position and the aggregator state, and is saved only after the sink acknowledged every
 * result those events produced. On start the last checkpoint is restored and the source resumes after
 * its position; with a sink idempotent by key the sink ends up as if the pipeline never stopped.
 *
 * <p>A checkpoint is taken every {@code checkpointEvery} events or {@code checkpointInterval},
 * whichever comes first (not after every event). A failed sink write is retried with the core
 * {@link Backoff}; after the last attempt the pipeline stops and {@link #terminated()} fails: results
 * are never dropped. {@link #close()} stops gracefully: the source stops, every open bucket is flushed
 * to the sink and a final checkpoint is saved. {@link #closeOnShutdown()} does that on SIGTERM.
 *
 * <pre>{@code
 * Pipeline<InteractionMetrics> pipeline = Pipeline.<InteractionMetrics>builder()
 *         .source(StreamSource.of(clientBuilder))
 *         .aggregator(InteractionMetricsAggregator.builder().build())
 *         .sink(InfluxSink.of(influxWriter)) // cxone-sdk-influx; any Sink<InteractionMetrics> works
 *         .checkpointStore(FileCheckpointStore.builder(Path.of("metrics.ckpt")).build())
 *         .build();
 * pipeline.start();
 * pipeline.closeOnShutdown();
 * }</pre>
 *
 * <p>This class is thread-safe. The aggregator and sink are called with the pipeline's lock held, on the
 * source's delivery thread or the pipeline's timer thread {@code cxone-pipeline-N}.
 *
 * @param <R> the result type
 */
public final class Pipeline<R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Builder<R> config;
    private final Object lock = new Object();
    private final List<R> pending = new ArrayList<>();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private ScheduledExecutorService timer;
    private String position;
    private long events;
    private long sinceCheckpoint;
    private long checkpoints;
    private boolean started;
    private boolean stopped;

    private Pipeline(Builder<R> config) {
        this.config = config;
    }

    /**
     * Starts building a pipeline.
     *
     * @param <R> the result type
     * @return a builder
     */
    public static <R> Builder<R> builder() {
        return new Builder<>();
    }

    /**
     * Restores the last checkpoint (if any) and starts the source after its position.
     *
     * @return this pipeline
     * @throws CheckpointException   when the checkpoint exists but cannot be read
     * @throws IllegalStateException when already started
     */
    public Pipeline<R> start() {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("pipeline already started");
            }
            started = true;
            Optional<Checkpoint> checkpoint = config.store.load();
            checkpoint.ifPresent(c -> {
                config.aggregator.restore(c.state());
                position = c.position();
                LOG.info("pipeline restored checkpoint at position {}", position);
            });
            int id = IDS.incrementAndGet();
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread thread = new Thread(r, "cxone-pipeline-" + id);
                thread.setDaemon(true);
                return thread;
            });
            t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            long millis = config.interval.toMillis();
            t.scheduleWithFixedDelay(this::onTimer, millis, millis, TimeUnit.MILLISECONDS);
            timer = t;
        }
        config.source.start(position, new Source.Receiver() {
            @Override
            public void onEvent(StreamEvent event, String newPosition) {
                Pipeline.this.onEvent(event, newPosition);
            }

            @Override
            public void onError(Throwable error) {
                fail(error);
            }
        });
        return this;
    }

    private void onEvent(StreamEvent event, String newPosition) {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            config.aggregator.accept(event);
            position = newPosition;
            events++;
            if (++sinceCheckpoint >= config.every) {
                checkpoint();
            }
        }
    }

    private void onTimer() {
        try {
            synchronized (lock) {
                if (!stopped) {
                    checkpoint();
                }
            }
        } catch (RuntimeException e) {
            LOG.error("pipeline checkpoint failed", e);
        }
    }

    /** Writes ready results, then saves the checkpoint. Called with the lock held. */
    private void checkpoint() {
        pending.addAll(config.aggregator.poll(config.clock.instant()));
        if (pending.isEmpty() && sinceCheckpoint == 0) {
            return;
        }
        writePending();
        config.store.save(new Checkpoint(position, config.aggregator.snapshot()));
        sinceCheckpoint = 0;
        checkpoints++;
    }

    private void writePending() {
        if (pending.isEmpty()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                config.sink.write(List.copyOf(pending));
                pending.clear();
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.writeAttempts) {
                    stopped = true;
                    IllegalStateException failure = new IllegalStateException("sink write failed " + attempt
                            + " times; the pipeline stopped without checkpointing (nothing is lost: "
                            + "restart to retry from the last checkpoint)", e);
                    terminated.completeExceptionally(failure);
                    config.source.close();
                    throw failure;
                }
                LOG.warn("sink write failed (attempt {} of {}); retrying", attempt, config.writeAttempts, e);
                sleep(config.backoff.delay(attempt));
            }
        }
    }

    private void sleep(Duration d) {
        try {
            config.sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying the sink", e);
        }
    }

    private void fail(Throwable error) {
        LOG.error("pipeline source failed; stopping", error);
        synchronized (lock) {
            stopped = true;
        }
        timer.shutdownNow();
        terminated.completeExceptionally(error);
    }

    /**
     * Stops gracefully: stops the source, flushes every open bucket to the sink, saves a final
     * checkpoint and closes the sink and the timer thread. Idempotent.
     *
     * @throws RuntimeException when the final write or checkpoint fails (the previous checkpoint stays)
     */
    @Override
    public void close() {
        config.source.close();
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            try {
                if (started) {
                    pending.addAll(config.aggregator.flush());
                    writePending();
                    config.store.save(new Checkpoint(position, config.aggregator.snapshot()));
                    checkpoints++;
                }
            } finally {
                if (timer != null) {
                    timer.shutdownNow();
                }
                config.sink.close();
                terminated.complete(null);
            }
        }
    }

    /**
     * Registers a JVM shutdown hook (SIGTERM, Ctrl-C, {@code System.exit}) that calls {@link #close()}.
     *
     * @return the hook thread, for {@link Runtime#removeShutdownHook(Thread)}
     */
    public Thread closeOnShutdown() {
        Thread hook = new Thread(this::close, "cxone-pipeline-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /**
     * Returns a future that completes when the pipeline stopped: normally after {@link #close()},
     * exceptionally when the source or the sink failed for good.
     *
     * @return the future (completing it does nothing)
     */
    public CompletableFuture<Void> terminated() {
        return terminated.copy();
    }

    /**
     * Returns the position of the last event aggregated.
     *
     * @return the position, or empty before the first event and without a checkpoint
     */
    public Optional<String> position() {
        synchronized (lock) {
            return Optional.ofNullable(position);
        }
    }

    /**
     * Returns how many events were aggregated since start.
     *
     * @return the count
     */
    public long events() {
        synchronized (lock) {
            return events;
        }
    }

    /**
     * Returns how many checkpoints were saved since start.
     *
     * @return the count
     */
    public long checkpoints() {
        synchronized (lock) {
            return checkpoints;
        }
    }

    /**
     * Builds a {@link Pipeline}. Not thread-safe.
     *
     * @param <R> the result type
     */
    public static final class Builder<R> {
        private Source source;
        private Aggregator<R> aggregator;
        private Sink<R> sink;
        private CheckpointStore store;
        private long every = 1_000;
        private Duration interval = Duration.ofSeconds(5);
        private int writeAttempts = 5;
        private Backoff backoff = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(10));
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the source (required).
         *
         * @param source the source
         * @return this builder
         */
        public Builder<R> source(Source source) {
            this.source = Objects.requireNonNull(source, "source == null");
            return this;
        }

        /**
         * Sets the aggregator (required).
         *
         * @param aggregator the aggregator
         * @return this builder
         */
        public Builder<R> aggregator(Aggregator<R> aggregator) {
            this.aggregator = Objects.requireNonNull(aggregator, "aggregator == null");
            return this;
        }

        /**
         * Sets the sink (required).
         *
         * @param sink the sink
         * @return this builder
         */
        public Builder<R> sink(Sink<R> sink) {
            this.sink = Objects.requireNonNull(sink, "sink == null");
            return this;
        }

        /**
         * Sets the checkpoint store (required).
         *
         * @param store the store
         * @return this builder
         */
        public Builder<R> checkpointStore(CheckpointStore store) {
            this.store = Objects.requireNonNull(store, "store == null");
            return this;
        }

        /**
         * Checkpoints after this many events (default 1,000).
         *
         * @param events at least 1
         * @return this builder
         */
        public Builder<R> checkpointEvery(int events) {
            this.every = Checks.atLeast(events, 1, "checkpointEvery");
            return this;
        }

        /**
         * Checkpoints at least this often while events arrive, and polls the aggregator for idle
         * buckets at this period (default 5 s).
         *
         * @param interval a positive duration
         * @return this builder
         */
        public Builder<R> checkpointInterval(Duration interval) {
            this.interval = Checks.positive(interval, "checkpointInterval");
            return this;
        }

        /**
         * Sets how many times a sink write is tried before the pipeline stops (default 5), and the
         * backoff between attempts (default 200 ms to 10 s, full jitter).
         *
         * @param attempts at least 1
         * @param backoff  the backoff
         * @return this builder
         */
        public Builder<R> sinkRetries(int attempts, Backoff backoff) {
            this.writeAttempts = Checks.atLeast(attempts, 1, "attempts");
            this.backoff = Objects.requireNonNull(backoff, "backoff == null");
            return this;
        }

        /**
         * Sets how the pipeline waits between sink attempts (tests pass a fake).
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder<R> sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Sets the processing-time clock handed to {@link Aggregator#poll} (default system UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder<R> clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Builds the pipeline; {@link Pipeline#start()} starts it.
         *
         * @return the pipeline
         * @throws NullPointerException when the source, aggregator, sink or store is missing
         */
        public Pipeline<R> build() {
            Objects.requireNonNull(source, "source not set");
            Objects.requireNonNull(aggregator, "aggregator not set");
            Objects.requireNonNull(sink, "sink not set");
            Objects.requireNonNull(store, "checkpointStore not set");
            return new Pipeline<>(this);
        }
    }
}
