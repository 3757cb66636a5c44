package io.github.cxonesdk.core.exception;

import io.github.cxonesdk.core.internal.Checks;
import java.io.Serializable;
import java.time.Duration;

/**
 * The fields of a service error.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param status the HTTP status code
 * @param errorCode the service's error code, or {@code null}
 * @param serviceMessage the service's (truncated, redacted) message, or {@code null}
 * @param requestId the request id, or {@code null}
 * @param missingScope the scope a 403 names as missing, or {@code null}
 * @param retryAfter the delay asked for in {@code Retry-After}, or {@code null}
 * @param attempts how many attempts were made, at least 1
 * @serial exclude
 */
public record ErrorDetails(int status, String errorCode, String serviceMessage, String requestId,
                           String missingScope, Duration retryAfter, int attempts) implements Serializable {
    /**
     * Checks the fields.
     *
     * @param status the HTTP status code
     * @param errorCode the service's error code, or {@code null}
     * @param serviceMessage the service's (truncated, redacted) message, or {@code null}
     * @param requestId the request id, or {@code null}
     * @param missingScope the scope a 403 names as missing, or {@code null}
     * @param retryAfter the delay asked for in {@code Retry-After}, or {@code null}
     * @param attempts how many attempts were made, at least 1
     * @throws IllegalArgumentException if status is not an HTTP status or attempts is below 1
     */
    public ErrorDetails {
        Checks.inRange(status, 100, 599, "status");
        Checks.atLeast(attempts, 1, "attempts");
    }
}
