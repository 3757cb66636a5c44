package io.github.cxonesdk.core.exception;

import java.time.Duration;
import java.util.Optional;

/**
 * The service answered with an error status. Carries the HTTP status, the service's error code,
 * the request id, the {@code Retry-After} the service asked for and how many attempts were made.
 *
 * <p>Use {@link #of(String, ErrorDetails)} to get the most specific subtype for a status.
 *
 * <p>Instances are immutable and thread-safe.
 */
public class CxoneServiceException extends CxoneException {
    private static final long serialVersionUID = 1L;

    /** The fields every service error carries. */
    private final ErrorDetails details;

    /**
     * Creates an exception from its details.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     */
    public CxoneServiceException(String message, ErrorDetails details) {
        super(message); // the cause stays unset, so initCause still works for existing callers
        this.details = java.util.Objects.requireNonNull(details, "details == null");
    }

    /**
     * Creates an exception from its details and the failure that led to it.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @param cause the underlying failure, or {@code null}
     */
    public CxoneServiceException(String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.details = java.util.Objects.requireNonNull(details, "details == null");
    }

    /**
     * Returns the exception subtype that fits the status of {@code details}.
     *
     * @param message what failed, with context
     * @param details status, error code, request id, retry-after and attempts
     * @return a new exception, never {@code null}
     */
    public static CxoneServiceException of(String message, ErrorDetails details) {
        int status = details.status();
        if (status == 400) {
            return new BadRequestException(message, details);
        } else if (status == 401) {
            return new UnauthorizedException(message, details);
        } else if (status == 403) {
            return new ForbiddenException(message, details);
        } else if (status == 404) {
            return new NotFoundException(message, details);
        } else if (status == 409 || status == 412) {
            return new ResourceModifiedException(message, details);
        } else if (status == 429) {
            return new ThrottledException(message, details);
        } else if (status >= 500) {
            return new ServerException(message, details);
        }
        return new CxoneServiceException(message, details);
    }

    /**
     * Returns all details of the error.
     *
     * @return the details
     */
    public ErrorDetails details() {
        return details;
    }

    /**
     * Returns the HTTP status code.
     *
     * @return the status
     */
    public int status() {
        return details.status();
    }

    /**
     * Returns the service's error code, such as {@code query_complexity_exceeded}.
     *
     * @return the code, or empty when the body had none
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(details.errorCode());
    }

    /**
     * Returns the request id from the {@code X-Request-Id} header or the error body.
     *
     * @return the id, or empty when the service sent none
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(details.requestId());
    }

    /**
     * Returns the delay the service asked for in {@code Retry-After}.
     *
     * @return the delay, or empty when the response had none
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(details.retryAfter());
    }

    /**
     * Returns how many attempts were made before this error was surfaced.
     *
     * @return the attempt count, at least 1
     */
    public int attempts() {
        return details.attempts();
    }
}
