package io.github.cxonesdk.testkit;

import io.github.cxonesdk.testkit.internal.FaultInjector;
import java.time.Duration;
import java.util.Objects;

/**
 * Runtime fault switches of a {@link CxoneSimulator}. Every switch takes effect at once for the
 * following requests and stream messages, and stays until {@link #clear()} (counted faults end by
 * themselves once used up). REST faults apply to authenticated API calls; the token endpoint has its
 * own switch, {@link #tokenErrors(int, int)}.
 *
 * <pre>{@code
 * sim.faults().throttle(2, Duration.ofSeconds(1));   // the next 2 API calls answer 429, Retry-After: 1
 * sim.faults().dropSocketAfter(50);                  // every stream socket closes after 50 events
 * sim.faults().clear();
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class Faults {
    private final FaultInjector injector;
    private final Runnable expireTokens;

    Faults(FaultInjector injector, Runnable expireTokens) {
        this.injector = injector;
        this.expireTokens = expireTokens;
    }

    /**
     * Answers the next {@code count} API calls with 429 and {@code Retry-After} in delta-seconds.
     *
     * @param count      how many calls are throttled
     * @param retryAfter the advertised wait (whole seconds)
     * @return these switches, for chaining
     * @throws IllegalArgumentException when count is negative or retryAfter is negative
     */
    public Faults throttle(int count, Duration retryAfter) {
        injector.throttle(nonNegative(count), nonNegative(retryAfter), false);
        return this;
    }

    /**
     * Answers the next {@code count} API calls with 429 and {@code Retry-After} as an HTTP-date
     * {@code retryAfter} from now.
     *
     * @param count      how many calls are throttled
     * @param retryAfter how far in the future the advertised date lies
     * @return these switches, for chaining
     * @throws IllegalArgumentException when count is negative or retryAfter is negative
     */
    public Faults throttleWithHttpDate(int count, Duration retryAfter) {
        injector.throttle(nonNegative(count), nonNegative(retryAfter), true);
        return this;
    }

    /**
     * Answers the next {@code count} API calls with a server error.
     *
     * @param count  how many calls fail
     * @param status the status, 500 to 599
     * @return these switches, for chaining
     * @throws IllegalArgumentException when count is negative or status is not 5xx
     */
    public Faults serverErrors(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be 5xx, was " + status);
        }
        injector.serverErrors(nonNegative(count), status);
        return this;
    }

    /**
     * Answers the next {@code count} token requests with an error instead of a token (5xx answers
     * {@code temporarily_unavailable}, 4xx {@code invalid_client}).
     *
     * @param count  how many token requests fail
     * @param status the status, 400 to 599
     * @return these switches, for chaining
     * @throws IllegalArgumentException when count is negative or status is not 4xx or 5xx
     */
    public Faults tokenErrors(int count, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
        }
        injector.tokenErrors(nonNegative(count), status);
        return this;
    }

    /**
     * Delays every API call by {@code delay} ({@link Duration#ZERO} switches it off).
     *
     * @param delay the added latency
     * @return these switches, for chaining
     * @throws IllegalArgumentException when delay is negative
     */
    public Faults slowResponses(Duration delay) {
        injector.slowResponses(nonNegative(delay));
        return this;
    }

    /**
     * Arms (or disarms) one concurrent edit: the next PUT on a dashboard or filter first gets a
     * server-side edit of its {@code description}, so the caller's {@code If-Match} is stale once.
     *
     * @param enabled true to arm one edit, false to disarm
     * @return these switches, for chaining
     */
    public Faults concurrentEdit(boolean enabled) {
        injector.concurrentEdits(enabled ? 1 : 0);
        return this;
    }

    /**
     * Arms {@code count} concurrent edits, one per following PUT on a dashboard or filter.
     *
     * @param count how many PUTs find their resource modified
     * @return these switches, for chaining
     * @throws IllegalArgumentException when count is negative
     */
    public Faults concurrentEdits(int count) {
        injector.concurrentEdits(nonNegative(count));
        return this;
    }

    /**
     * Closes every event and presence socket after it has sent {@code messages} more events or
     * updates, with status 1012 ("simulated drop"), as a server restart would (0 switches it off).
     * Stays in force for new connections.
     *
     * @param messages messages per connection before the drop
     * @return these switches, for chaining
     * @throws IllegalArgumentException when messages is negative
     */
    public Faults dropSocketAfter(int messages) {
        injector.dropSocketAfter(nonNegative(messages));
        return this;
    }

    /**
     * Sends every stream event and presence update twice.
     *
     * @param enabled whether to duplicate
     * @return these switches, for chaining
     */
    public Faults duplicateMessages(boolean enabled) {
        injector.duplicateMessages(enabled);
        return this;
    }

    /**
     * Swaps adjacent pairs of stream events and presence updates.
     *
     * @param enabled whether to reorder
     * @return these switches, for chaining
     */
    public Faults reorderMessages(boolean enabled) {
        injector.reorderMessages(enabled);
        return this;
    }

    /**
     * Expires every token issued so far: API calls with them answer 401 and open stream sockets
     * are closed with status 1008 ("token expired"). New tokens work normally.
     *
     * @return these switches, for chaining
     */
    public Faults expireTokens() {
        expireTokens.run();
        return this;
    }

    /**
     * Switches every fault off.
     *
     * @return these switches, for chaining
     */
    public Faults clear() {
        injector.clear();
        return this;
    }

    private static int nonNegative(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("must not be negative: " + value);
        }
        return value;
    }

    private static Duration nonNegative(Duration value) {
        Objects.requireNonNull(value, "duration == null");
        if (value.isNegative()) {
            throw new IllegalArgumentException("must not be negative: " + value);
        }
        return value;
    }
}
