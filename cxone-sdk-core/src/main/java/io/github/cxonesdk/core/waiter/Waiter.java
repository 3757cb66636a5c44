package io.github.cxonesdk.core.waiter;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.exception.CxoneClientException;
import io.github.cxonesdk.core.exception.ThrottledException;
import io.github.cxonesdk.core.exception.WaiterFailedException;
import io.github.cxonesdk.core.exception.WaiterTimeoutException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.spi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a state until it is wanted (success), terminal (failure) or the time is up. The wait between
 * polls is the SDK's one {@link Backoff} (by default exponential with full jitter from 1 s up to 30 s,
 * so many waiters started together do not poll in lockstep); a
 * {@link ThrottledException} from the poll is not fatal: the waiter waits at least its
 * {@code Retry-After} and polls again.
 *
 * <pre>{@code
 * FilterStatus active = Waiter.<FilterStatus>builder()
 *         .description("filter f1 ACTIVE")
 *         .poll(() -> filters.status("f1"))
 *         .success(s -> s.status() == Status.ACTIVE)
 *         .failure(s -> s.status() == Status.FAILED, FilterStatus::reason)
 *         .timeout(Duration.ofMinutes(2))
 *         .build()
 *         .await();
 * }</pre>
 *
 * <p>A waiter is immutable and thread-safe; each {@link #await()} is an independent wait.
 *
 * @param <S> the polled state type
 */
public final class Waiter<S> {
    /** The default wait between polls: exponential with full jitter, ceilings from 1 s up to 30 s. */
    public static final Backoff DEFAULT_BACKOFF = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);

    private final String description;
    private final Supplier<S> poll;
    private final Predicate<S> success;
    private final Predicate<S> failure;
    private final Function<S, String> failureReason;
    private final Duration timeout;
    private final Backoff backoff;
    private final Clock clock;
    private final Sleeper sleeper;

    private Waiter(Builder<S> b) {
        this.description = Objects.requireNonNull(b.description, "description == null");
        this.poll = Objects.requireNonNull(b.poll, "poll == null");
        this.success = Objects.requireNonNull(b.success, "success == null");
        this.failure = b.failure;
        this.failureReason = b.failureReason;
        this.timeout = Checks.positive(b.timeout, "timeout");
        this.backoff = Objects.requireNonNull(b.backoff, "backoff == null");
        this.clock = Objects.requireNonNull(b.clock, "clock == null");
        this.sleeper = Objects.requireNonNull(b.sleeper, "sleeper == null");
    }

    /**
     * Returns a builder (defaults: timeout 5 min, backoff {@link #DEFAULT_BACKOFF}).
     *
     * @param <S> the polled state type
     * @return the builder
     */
    public static <S> Builder<S> builder() {
        return new Builder<>();
    }

    /**
     * Polls until the state is wanted, terminal or the timeout passes.
     *
     * @return the first state the success predicate accepted
     * @throws WaiterFailedException if a state matched the failure predicate
     * @throws WaiterTimeoutException if the timeout passed; carries the last state seen, and as its cause
     *         the {@link ThrottledException} when the last poll was throttled
     * @throws CxoneClientException if the thread was interrupted
     */
    public S await() {
        Instant start = clock.instant();
        S last = null;
        ThrottledException throttled = null;
        int polls = 0;
        while (true) {
            Duration wait = backoff.delay(polls + 1);
            try {
                polls++;
                S state = poll.get();
                last = state;
                throttled = null;
                if (success.test(state)) {
                    LOG.debug("{}: reached after {} poll(s)", description, polls);
                    return state;
                }
                if (failure != null && failure.test(state)) {
                    String reason = failureReason.apply(state);
                    throw new WaiterFailedException(description + " failed: " + reason, reason, state);
                }
            } catch (ThrottledException e) {
                throttled = e;
                Duration retryAfter = e.retryAfter().orElse(Duration.ZERO);
                wait = retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
                LOG.debug("{}: poll throttled, waiting {}", description, wait);
            }
            Duration waited = Duration.between(start, clock.instant());
            Duration remaining = timeout.minus(waited);
            if (remaining.isNegative() || remaining.isZero()) {
                throw new WaiterTimeoutException("timed out after " + waited + " (" + polls + " polls) waiting for "
                        + description + "; last state: " + Redaction.text(String.valueOf(last))
                        + (throttled != null ? "; the last poll was throttled" : ""), last, waited, throttled);
            }
            sleep(wait.compareTo(remaining) > 0 ? remaining : wait);
        }
    }

    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CxoneClientException("interrupted while waiting for " + description, e);
        }
    }

    /**
     * Builds a {@link Waiter}. Not thread-safe.
     *
     * @param <S> the polled state type
     */
    public static final class Builder<S> {
        private String description;
        private Supplier<S> poll;
        private Predicate<S> success;
        private Predicate<S> failure;
        private Function<S, String> failureReason;
        private Duration timeout = Duration.ofMinutes(5);
        private Backoff backoff = DEFAULT_BACKOFF;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /**
         * Sets what is awaited, for messages (required).
         *
         * @param v for example {@code "filter f1 ACTIVE"}
         * @return this builder
         */
        public Builder<S> description(String v) {
            description = v;
            return this;
        }

        /**
         * Sets how the state is read (required).
         *
         * @param v the poll
         * @return this builder
         */
        public Builder<S> poll(Supplier<S> v) {
            poll = v;
            return this;
        }

        /**
         * Sets the wanted state (required).
         *
         * @param v the predicate
         * @return this builder
         */
        public Builder<S> success(Predicate<S> v) {
            success = v;
            return this;
        }

        /**
         * Sets the terminal failure states and how to describe them.
         *
         * @param v the predicate
         * @param reason gives the failure reason of a state
         * @return this builder
         */
        public Builder<S> failure(Predicate<S> v, Function<S, String> reason) {
            failure = Objects.requireNonNull(v, "failure == null");
            failureReason = Objects.requireNonNull(reason, "reason == null");
            return this;
        }

        /**
         * Sets how long to wait in total.
         *
         * @param v the timeout, positive
         * @return this builder
         */
        public Builder<S> timeout(Duration v) {
            timeout = v;
            return this;
        }

        /**
         * Sets the wait between polls: the wait after poll {@code n} is {@code backoff.delay(n)}
         * (default {@link Waiter#DEFAULT_BACKOFF}).
         *
         * @param v the backoff
         * @return this builder
         */
        public Builder<S> backoff(Backoff v) {
            backoff = v;
            return this;
        }

        /**
         * Sets the clock measuring the timeout.
         *
         * @param v the clock
         * @return this builder
         */
        public Builder<S> clock(Clock v) {
            clock = v;
            return this;
        }

        /**
         * Sets the sleeper between polls.
         *
         * @param v the sleeper
         * @return this builder
         */
        public Builder<S> sleeper(Sleeper v) {
            sleeper = v;
            return this;
        }

        /**
         * Builds the waiter.
         *
         * @return the waiter
         * @throws NullPointerException if description, poll, success, backoff, clock or sleeper is missing
         * @throws IllegalArgumentException if the timeout is not positive
         */
        public Waiter<S> build() {
            return new Waiter<>(this);
        }
    }
}
