package io.github.cxonesdk.testkit.wiremock;

import io.github.cxonesdk.testkit.wiremock.internal.AuthStubs;
import io.github.cxonesdk.testkit.wiremock.internal.FaultStubs;
import io.github.cxonesdk.testkit.wiremock.internal.Route;
import io.github.cxonesdk.testkit.wiremock.internal.Stub;
import java.time.Duration;
import java.util.Objects;

/**
 * Faults of the stubbed CXone API, as the simulator's {@code Faults} offers them: each takes precedence
 * over the normal answers of every API call ({@code /api/...}; the token endpoint is never affected)
 * until it is used up or {@link #clear() cleared}. Counted faults apply to the next calls in arrival
 * order. Obtain one from {@link CxoneStubs#faults()}.
 *
 * <pre>{@code
 * stubs.faults().throttle(2, Duration.ofSeconds(1));   // two 429s with Retry-After: 1, then normal answers
 * stubs.faults().serverErrors(3, 503);                 // a 503 storm of three
 * stubs.faults().expireToken();                        // one 401 invalid_token; the SDK refreshes and replays
 * }</pre>
 *
 * <p>This class is thread-safe as far as the underlying WireMock client is.
 */
public final class StubFaults {
    private final CxoneStubs stubs;

    StubFaults(CxoneStubs stubs) {
        this.stubs = stubs;
    }

    /**
     * Answers the next {@code count} API calls with {@code 429} and {@code Retry-After} in seconds.
     *
     * @param count      how many calls, at least 1
     * @param retryAfter the delay asked for, whole seconds
     * @return these faults
     * @throws IllegalArgumentException if count is below 1 or retryAfter is negative
     */
    public StubFaults throttle(int count, Duration retryAfter) {
        long seconds = seconds(retryAfter);
        stubs.add(FaultStubs.next(stubs.nextName("throttle"), positive(count),
                FaultStubs.throttled(Long.toString(seconds))));
        return this;
    }

    /**
     * Answers the next {@code count} API calls with {@code 429} and {@code Retry-After} as an HTTP-date
     * {@code retryAfter} after the moment each answer is sent.
     *
     * @param count      how many calls, at least 1
     * @param retryAfter the delay asked for, whole seconds
     * @return these faults
     * @throws IllegalArgumentException if count is below 1 or retryAfter is negative
     */
    public StubFaults throttleWithHttpDate(int count, Duration retryAfter) {
        long seconds = seconds(retryAfter);
        stubs.add(FaultStubs.next(stubs.nextName("throttle-date"), positive(count),
                FaultStubs.throttled(FaultStubs.httpDate(seconds))));
        return this;
    }

    /**
     * Answers the next {@code count} API calls with a server error, e.g. a storm of {@code 503}s.
     *
     * @param count  how many calls, at least 1
     * @param status 500 to 599
     * @return these faults
     * @throws IllegalArgumentException if count is below 1 or status is not a 5xx
     */
    public StubFaults serverErrors(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be 5xx: " + status);
        }
        stubs.add(FaultStubs.next(stubs.nextName("server-errors"), positive(count),
                Stub.error(status,
                        status == 503 ? "service_unavailable" : "server_error", "the service is unavailable")));
        return this;
    }

    /**
     * Answers the next API call with {@code 401 invalid_token}, as for a token that expired or was
     * revoked; the SDK then fetches a new token and replays the call, which succeeds.
     *
     * @return these faults
     */
    public StubFaults expireToken() {
        stubs.add(FaultStubs.next(stubs.nextName("expired-token"), 1, AuthStubs.invalidToken()));
        return this;
    }

    /**
     * Answers {@code 403 insufficient_scope} naming {@code scope} to every call that needs it (the
     * scopes per call are API.md's), until cleared.
     *
     * @param scope a scope of API.md, e.g. {@code dashboard:write}
     * @return these faults
     * @throws IllegalArgumentException if no call needs the scope
     */
    public StubFaults insufficientScope(String scope) {
        Objects.requireNonNull(scope, "scope == null");
        if (Route.ALL.stream().noneMatch(r -> r.scope().equals(scope))) {
            throw new IllegalArgumentException("no stubbed call needs scope '" + scope + "'");
        }
        stubs.add(FaultStubs.insufficientScope(stubs.nextName("scope"), scope));
        return this;
    }

    /**
     * Answers the next {@code count} API calls with {@code 200} and a JSON body that is cut off.
     *
     * @param count how many calls, at least 1
     * @return these faults
     * @throws IllegalArgumentException if count is below 1
     */
    public StubFaults malformedBodies(int count) {
        stubs.add(FaultStubs.next(stubs.nextName("malformed"), positive(count), FaultStubs.malformed()));
        return this;
    }

    /**
     * Delays every answer of the server by {@code delay} (WireMock's global fixed delay, so it applies
     * to the server's other stubs too) until cleared.
     *
     * @param delay zero or more
     * @return these faults
     * @throws IllegalArgumentException if the delay is negative or above {@code Integer.MAX_VALUE} ms
     */
    public StubFaults slowResponses(Duration delay) {
        Objects.requireNonNull(delay, "delay == null");
        if (delay.isNegative() || delay.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("delay out of range: " + delay);
        }
        stubs.client().setGlobalFixedDelayVariable((int) delay.toMillis());
        return this;
    }

    /**
     * Removes every fault and flow stub and resets the scenarios and the delay; the default stubs stay.
     *
     * @return these faults
     */
    public StubFaults clear() {
        stubs.reset();
        return this;
    }

    private static int positive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        return count;
    }

    private static long seconds(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter == null");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
        return retryAfter.toSeconds();
    }
}
