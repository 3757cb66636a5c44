package io.github.cxonesdk.core;

import io.github.cxonesdk.core.exception.CxoneClientException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A successful (2xx) response of {@link CxoneHttp}: status, headers and the decoded body.
 *
 * <p>Instances are immutable and thread-safe if the body is.
 *
 * @param <T> the body type
 * @param status the HTTP status
 * @param headers the response headers (names compared case-insensitively by {@link #header(String)})
 * @param body the decoded body, or {@code null} for {@code Void} or an empty body
 */
public record CxoneResponse<T>(int status, Map<String, List<String>> headers, T body) {
    /**
     * Copies the headers.
     *
     * @param status the HTTP status
     * @param headers the response headers (names compared case-insensitively by {@link #header(String)})
     * @param body the decoded body, or {@code null} for {@code Void} or an empty body
     * @throws NullPointerException if {@code headers} is {@code null}
     */
    public CxoneResponse {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers == null").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the first value of a header.
     *
     * @param name the header name, any case
     * @return the value, or empty when absent
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * Returns the {@code ETag} header.
     *
     * @return the quoted ETag, or empty when absent
     */
    public Optional<String> etag() {
        return header("ETag");
    }

    /**
     * Returns the {@code X-Request-Id} header.
     *
     * @return the request id, or empty when absent
     */
    public Optional<String> requestId() {
        return header("X-Request-Id");
    }

    /**
     * Returns the body with its ETag, for read-modify-write. This is THE way to get a {@link Versioned}:
     * a client method that reads or writes a versioned resource returns {@code response.versioned()}
     * (never a {@code Versioned} assembled by hand from the headers), and its result feeds
     * {@link OptimisticLocking#update(java.util.function.Supplier, java.util.function.BiFunction,
     * java.util.function.UnaryOperator)} directly.
     *
     * <pre>{@code
     * Versioned<Dashboard> current = http.execute(CxoneRequest.get("/api/v2/dashboards/{}", id).build(),
     *         Dashboard.class).versioned();
     * }</pre>
     *
     * @return the versioned body
     * @throws CxoneClientException if the response has no body or no {@code ETag}
     */
    public Versioned<T> versioned() {
        if (body == null) {
            throw new CxoneClientException("response (HTTP " + status + ") has no body to version");
        }
        return new Versioned<>(body, etag().orElseThrow(() ->
                new CxoneClientException("response (HTTP " + status + ") has no ETag header")));
    }
}
