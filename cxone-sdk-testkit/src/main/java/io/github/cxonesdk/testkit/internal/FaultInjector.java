package io.github.cxonesdk.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** The runtime fault switches, read by the REST router and the stream sockets. Thread-safe. */
public final class FaultInjector {
    private final Clock clock;
    private final AtomicInteger throttleRemaining = new AtomicInteger();
    private volatile Duration throttleRetryAfter = Duration.ofSeconds(1);
    private volatile boolean throttleHttpDate;
    private final AtomicInteger errorsRemaining = new AtomicInteger();
    private volatile int errorStatus = 500;
    private volatile Duration slowResponses = Duration.ZERO;
    private final AtomicInteger concurrentEdits = new AtomicInteger();
    private final AtomicInteger tokenErrorsRemaining = new AtomicInteger();
    private volatile int tokenErrorStatus = 503;
    private volatile int dropSocketAfter;
    private volatile boolean duplicateMessages;
    private volatile boolean reorderMessages;

    public FaultInjector(Clock clock) {
        this.clock = clock;
    }

    public void throttle(int count, Duration retryAfter, boolean httpDate) {
        throttleRetryAfter = retryAfter;
        throttleHttpDate = httpDate;
        throttleRemaining.set(count);
    }

    public void serverErrors(int count, int status) {
        errorStatus = status;
        errorsRemaining.set(count);
    }

    public void tokenErrors(int count, int status) {
        tokenErrorStatus = status;
        tokenErrorsRemaining.set(count);
    }

    /** Returns the error the token endpoint must answer instead of a token, or null. */
    public ApiException nextTokenFault() {
        if (!takeOne(tokenErrorsRemaining)) {
            return null;
        }
        int status = tokenErrorStatus;
        String error = status >= 500 ? "temporarily_unavailable" : "invalid_client";
        return new ApiException(status, error, "simulated token endpoint failure " + status)
                .field("error_description", "simulated token endpoint failure " + status);
    }

    public void slowResponses(Duration delay) {
        slowResponses = delay;
    }

    public void concurrentEdits(int count) {
        concurrentEdits.set(count);
    }

    public void dropSocketAfter(int messages) {
        dropSocketAfter = messages;
    }

    public void duplicateMessages(boolean on) {
        duplicateMessages = on;
    }

    public void reorderMessages(boolean on) {
        reorderMessages = on;
    }

    public void clear() {
        throttleRemaining.set(0);
        errorsRemaining.set(0);
        slowResponses = Duration.ZERO;
        concurrentEdits.set(0);
        tokenErrorsRemaining.set(0);
        dropSocketAfter = 0;
        duplicateMessages = false;
        reorderMessages = false;
    }

    /** Returns the error an API call must answer instead of its real answer, or null. */
    public ApiException nextRestFault() {
        if (takeOne(throttleRemaining)) {
            String retryAfter = throttleHttpDate
                    ? DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            clock.instant().plus(throttleRetryAfter).atOffset(ZoneOffset.UTC))
                    : Long.toString(Math.max(0, throttleRetryAfter.toSeconds()));
            return new ApiException(429, "too_many_requests", "rate limit exceeded (simulated)")
                    .header("Retry-After", retryAfter);
        }
        if (takeOne(errorsRemaining)) {
            int status = errorStatus;
            return new ApiException(status, status == 503 ? "service_unavailable" : "server_error",
                    "simulated server error " + status);
        }
        return null;
    }

    /** Consumes one armed concurrent edit; true when the caller must apply a server-side edit first. */
    public boolean takeConcurrentEdit() {
        return takeOne(concurrentEdits);
    }

    public Duration slowResponses() {
        return slowResponses;
    }

    public int dropSocketAfter() {
        return dropSocketAfter;
    }

    public boolean duplicateMessages() {
        return duplicateMessages;
    }

    public boolean reorderMessages() {
        return reorderMessages;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
