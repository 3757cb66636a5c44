package io.github.cxonesdk.core;

import io.github.cxonesdk.core.internal.Checks;
import java.time.Duration;

/**
 * How {@link CxoneHttp} retries 429, 502, 503, 504 and connection failures: at most
 * {@code maxAttempts} attempts within {@code maxTotalTime}; the wait is the service's
 * {@code Retry-After} (capped at {@code maxRetryAfter}) or else the SDK's one {@link Backoff}
 * ({@link #backoff()}: exponential with full jitter, a random delay between 0 and
 * {@code min(maxDelay, baseDelay * 2^(retry-1))}).
 *
 * <p>The budget is per call: the attempts and the time of a call include the one replay after a 401
 * (that replay is always allowed one attempt, so a call makes at most {@code maxAttempts + 1} attempts),
 * and no attempt runs past {@code maxTotalTime}: each attempt's request timeout is capped by what is
 * left of it.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.defaults().toBuilder().maxAttempts(8).maxTotalTime(Duration.ofMinutes(5)).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param maxAttempts the most attempts per call, at least 1 (1 disables retries)
 * @param maxTotalTime the time budget of a call, positive: no retry starts whose wait would reach it, and
 *        each attempt's request timeout is capped by what is left of it
 * @param baseDelay the backoff ceiling of the first retry
 * @param maxDelay the longest backoff ceiling, at least {@code baseDelay} and at most one day
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer requests wait this long
 */
public record RetryPolicy(int maxAttempts, Duration maxTotalTime, Duration baseDelay, Duration maxDelay,
                          Duration maxRetryAfter) {
    /**
     * Checks the fields.
     *
     * @param maxAttempts the most attempts per call, at least 1 (1 disables retries)
     * @param maxTotalTime the time budget of a call, positive: no retry starts whose wait would reach it, and
     *     each attempt's request timeout is capped by what is left of it
     * @param baseDelay the backoff ceiling of the first retry
     * @param maxDelay the longest backoff ceiling, at least {@code baseDelay} and at most one day
     * @param maxRetryAfter the longest {@code Retry-After} honoured; longer requests wait this long
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1, {@code maxTotalTime} is not
     *         positive, another duration is negative, {@code maxDelay < baseDelay} or {@code maxDelay} is
     *         over a day
     * @throws NullPointerException if a duration is {@code null}
     */
    public RetryPolicy {
        Checks.atLeast(maxAttempts, 1, "maxAttempts");
        Checks.positive(maxTotalTime, "maxTotalTime");
        Checks.nonNegative(baseDelay, "baseDelay");
        Checks.nonNegative(maxDelay, "maxDelay");
        Checks.nonNegative(maxRetryAfter, "maxRetryAfter");
        Backoff.exponential(baseDelay, maxDelay); // checks maxDelay >= baseDelay and the one-day cap
    }

    /**
     * Returns the backoff between retries when the service sent no {@code Retry-After}:
     * {@code Backoff.exponential(baseDelay, maxDelay)}.
     *
     * @return the backoff
     */
    public Backoff backoff() {
        return Backoff.exponential(baseDelay, maxDelay);
    }

    /**
     * Returns the defaults: 4 attempts, 2 minutes in total, backoff from 200 ms up to 10 s,
     * {@code Retry-After} honoured up to 60 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMinutes(2), Duration.ofMillis(200), Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    /**
     * Returns a policy that never retries.
     *
     * @return the policy
     */
    public static RetryPolicy none() {
        return defaults().toBuilder().maxAttempts(1).build();
    }

    /**
     * Returns a builder starting from the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /**
     * Returns a builder holding this policy's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link RetryPolicy}. Not thread-safe.
     */
    public static final class Builder {
        private int maxAttempts;
        private Duration maxTotalTime;
        private Duration baseDelay;
        private Duration maxDelay;
        private Duration maxRetryAfter;

        private Builder(RetryPolicy p) {
            maxAttempts = p.maxAttempts;
            maxTotalTime = p.maxTotalTime;
            baseDelay = p.baseDelay;
            maxDelay = p.maxDelay;
            maxRetryAfter = p.maxRetryAfter;
        }

        /**
         * Sets the most attempts per call.
         *
         * @param v at least 1
         * @return this builder
         */
        public Builder maxAttempts(int v) {
            maxAttempts = v;
            return this;
        }

        /**
         * Sets the total time budget of a call.
         *
         * @param v the budget
         * @return this builder
         */
        public Builder maxTotalTime(Duration v) {
            maxTotalTime = v;
            return this;
        }

        /**
         * Sets the backoff of the first retry.
         *
         * @param v the delay
         * @return this builder
         */
        public Builder baseDelay(Duration v) {
            baseDelay = v;
            return this;
        }

        /**
         * Sets the longest backoff.
         *
         * @param v the delay
         * @return this builder
         */
        public Builder maxDelay(Duration v) {
            maxDelay = v;
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} honoured.
         *
         * @param v the cap
         * @return this builder
         */
        public Builder maxRetryAfter(Duration v) {
            maxRetryAfter = v;
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, maxTotalTime, baseDelay, maxDelay, maxRetryAfter);
        }
    }
}
