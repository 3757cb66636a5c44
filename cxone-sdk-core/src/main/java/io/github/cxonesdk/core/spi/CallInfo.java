package io.github.cxonesdk.core.spi;

import java.util.Objects;

/**
 * Identifies one logical call of the HTTP pipeline (all its attempts share it) for listeners.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param requestId the {@code X-Request-Id} the SDK generated for the call
 * @param operation the operation name, such as {@code GetDashboard}
 * @param method the HTTP method
 * @param path the request path without query
 */
public record CallInfo(String requestId, String operation, String method, String path) {
    /**
     * Checks the fields.
     *
     * @param requestId the {@code X-Request-Id} the SDK generated for the call
     * @param operation the operation name, such as {@code GetDashboard}
     * @param method the HTTP method
     * @param path the request path without query
     * @throws NullPointerException if a field is {@code null}
     */
    public CallInfo {
        Objects.requireNonNull(requestId, "requestId == null");
        Objects.requireNonNull(operation, "operation == null");
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(path, "path == null");
    }
}
