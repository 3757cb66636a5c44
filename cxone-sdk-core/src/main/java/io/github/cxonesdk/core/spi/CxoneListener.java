package io.github.cxonesdk.core.spi;

import java.time.Duration;

/**
 * Observes the HTTP pipeline: every attempt, retry, throttling, response and failure. Bridge it to
 * Micrometer or OpenTelemetry. Every method has an empty default; override what you need.
 *
 * <pre>{@code
 * CxoneListener timer = new CxoneListener() {
 *     public void onResponse(CallInfo call, int status, Duration latency) {
 *         registry.timer("cxone.http", "op", call.operation(), "status", "" + status).record(latency);
 *     }
 * };
 * }</pre>
 *
 * <p>Callbacks run on the thread that executes the call, must be thread-safe and should return
 * quickly. An exception thrown by a callback is logged and ignored.
 */
public interface CxoneListener {
    /** A listener that ignores everything. */
    CxoneListener NONE = new CxoneListener() {
    };

    /**
     * Called before each attempt is sent.
     *
     * @param call the call
     * @param attempt the attempt number, starting at 1
     */
    default void onAttempt(CallInfo call, int attempt) {
    }

    /**
     * Called when a failed attempt will be retried.
     *
     * @param call the call
     * @param attempt the attempt that failed
     * @param delay how long the pipeline waits before the next attempt
     * @param reason why, such as {@code HTTP 503} or an exception summary
     */
    default void onRetry(CallInfo call, int attempt, Duration delay, String reason) {
    }

    /**
     * Called when the service answered 429.
     *
     * @param call the call
     * @param retryAfter the delay the service asked for, or {@code null} when it named none
     */
    default void onThrottled(CallInfo call, Duration retryAfter) {
    }

    /**
     * Called for every response received, whatever its status.
     *
     * @param call the call
     * @param status the HTTP status
     * @param latency the time the attempt took
     */
    default void onResponse(CallInfo call, int status, Duration latency) {
    }

    /**
     * Called once when the call finally fails (after retries), with the exception the caller gets.
     *
     * @param call the call
     * @param error the exception
     * @param latency the time the whole call took
     */
    default void onFailure(CallInfo call, RuntimeException error, Duration latency) {
    }
}
