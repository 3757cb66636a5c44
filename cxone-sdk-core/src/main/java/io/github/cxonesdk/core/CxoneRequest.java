package io.github.cxonesdk.core;

import io.github.cxonesdk.core.internal.Redaction;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One API call for {@link CxoneHttp}: method, encoded path, query, extra headers and a JSON body.
 *
 * <pre>{@code
 * CxoneRequest get = CxoneRequest.get("/api/v2/dashboards/{}", id).operation("GetDashboard").build();
 * CxoneRequest put = CxoneRequest.put("/api/v2/dashboards/{}", id)
 *         .operation("UpdateDashboard").header("If-Match", etag).body(dashboard).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe if the body is not mutated.
 *
 * @param method the HTTP method in upper case
 * @param path the path with every {@code {}} already replaced by its URL-encoded argument
 * @param query the query parameters in insertion order (values not yet encoded)
 * @param headers extra request headers
 * @param body the JSON-serialisable body, or {@code null}
 * @param operation the operation name used in logs, listeners and error messages
 * @param idempotent whether the call may be retried on 5xx and connection failures even though its
 *        method is not idempotent (GET, HEAD, PUT, DELETE and OPTIONS always are)
 */
public record CxoneRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                           Object body, String operation, boolean idempotent) {
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    /**
     * Checks and copies the fields.
     *
     * @param method the HTTP method in upper case
     * @param path the path with every {@code {}} already replaced by its URL-encoded argument
     * @param query the query parameters in insertion order (values not yet encoded)
     * @param headers extra request headers
     * @param body the JSON-serialisable body, or {@code null}
     * @param operation the operation name used in logs, listeners and error messages
     * @param idempotent whether the call may be retried on 5xx and connection failures even though its
     *     method is not idempotent (GET, HEAD, PUT, DELETE and OPTIONS always are)
     * @throws NullPointerException if a required field is {@code null}
     * @throws IllegalArgumentException if the path does not start with {@code /}
     */
    public CxoneRequest {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(operation, "operation == null");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        method = method.toUpperCase(Locale.ROOT);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * Starts a GET.
     *
     * @param pathTemplate the path, each {@code {}} replaced by the next argument, URL-encoded as a path segment
     * @param pathArgs the arguments
     * @return the builder
     * @throws IllegalArgumentException if the number of arguments does not match the placeholders
     */
    public static Builder get(String pathTemplate, Object... pathArgs) {
        return new Builder("GET", pathTemplate, pathArgs);
    }

    /**
     * Starts a POST (retried only on 429 unless marked {@link Builder#idempotent(boolean) idempotent}).
     *
     * @param pathTemplate the path template
     * @param pathArgs the arguments
     * @return the builder
     * @throws IllegalArgumentException if the number of arguments does not match the placeholders
     */
    public static Builder post(String pathTemplate, Object... pathArgs) {
        return new Builder("POST", pathTemplate, pathArgs);
    }

    /**
     * Starts a PUT.
     *
     * @param pathTemplate the path template
     * @param pathArgs the arguments
     * @return the builder
     * @throws IllegalArgumentException if the number of arguments does not match the placeholders
     */
    public static Builder put(String pathTemplate, Object... pathArgs) {
        return new Builder("PUT", pathTemplate, pathArgs);
    }

    /**
     * Starts a DELETE.
     *
     * @param pathTemplate the path template
     * @param pathArgs the arguments
     * @return the builder
     * @throws IllegalArgumentException if the number of arguments does not match the placeholders
     */
    public static Builder delete(String pathTemplate, Object... pathArgs) {
        return new Builder("DELETE", pathTemplate, pathArgs);
    }

    /**
     * Tells whether the call may be repeated after a 5xx or a connection failure.
     *
     * @return {@code true} for idempotent methods or calls marked idempotent
     */
    public boolean retryable() {
        return idempotent || IDEMPOTENT_METHODS.contains(method);
    }

    /**
     * Returns the path with the encoded query string.
     *
     * @return for example {@code /api/v2/dashboards?page_size=50}
     */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        StringJoiner q = new StringJoiner("&", path + "?", "");
        query.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
        return q.toString();
    }

    /**
     * Returns a description fit for a log line: credential-looking query values masked, headers shown
     * only when allow-listed (so {@code Authorization}, cookies and unknown headers are {@code ****}),
     * and the body's type, never its content.
     *
     * @return the redacted form
     */
    @Override
    public String toString() {
        Map<String, java.util.List<String>> headerLists = new LinkedHashMap<>();
        headers.forEach((name, value) -> headerLists.put(name, java.util.List.of(value)));
        String shownQuery = query.isEmpty() ? "" : "?" + Redaction.form(pathAndQuery().substring(path.length() + 1));
        return "CxoneRequest[" + operation + ": " + method + " " + path + shownQuery + ", headers="
                + Redaction.headers(headerLists) + ", body=" + (body == null ? "none" : body.getClass().getSimpleName())
                + ", idempotent=" + idempotent + "]";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String expand(String template, Object... args) {
        Objects.requireNonNull(template, "pathTemplate == null");
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        int from = 0;
        for (int at = template.indexOf("{}"); at >= 0; at = template.indexOf("{}", from)) {
            if (argIndex >= args.length) {
                throw new IllegalArgumentException("too few path arguments for " + template);
            }
            Object arg = Objects.requireNonNull(args[argIndex++], "path argument " + argIndex + " == null");
            out.append(template, from, at).append(encode(arg.toString()));
            from = at + 2;
        }
        if (argIndex != args.length) {
            throw new IllegalArgumentException("too many path arguments for " + template);
        }
        return out.append(template.substring(from)).toString();
    }

    /**
     * Builds a {@link CxoneRequest}. Not thread-safe.
     */
    public static final class Builder {
        private final String method;
        private final String template;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;
        private String operation;
        private boolean idempotent;

        private Builder(String method, String template, Object... args) {
            this.method = method;
            this.template = template;
            this.path = expand(template, args);
        }

        /**
         * Sets the operation name for logs, listeners and messages (default: method and path template).
         *
         * @param v the name, such as {@code GetDashboard}
         * @return this builder
         */
        public Builder operation(String v) {
            operation = Objects.requireNonNull(v, "operation == null");
            return this;
        }

        /**
         * Adds a query parameter; a {@code null} value is skipped, an {@link Iterable} is joined with commas.
         *
         * @param name the name
         * @param value the value, or {@code null}
         * @return this builder
         */
        public Builder query(String name, Object value) {
            Objects.requireNonNull(name, "name == null");
            if (value instanceof Iterable<?> values) {
                StringJoiner joined = new StringJoiner(",");
                values.forEach(v -> joined.add(String.valueOf(v)));
                query.put(name, joined.toString());
            } else if (value != null) {
                query.put(name, value.toString());
            }
            return this;
        }

        /**
         * Adds a request header; a {@code null} value is skipped.
         *
         * @param name the name
         * @param value the value, or {@code null}
         * @return this builder
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "name == null");
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /**
         * Sets the body, serialised with the SDK's JSON mapper.
         *
         * @param v the body, or {@code null}
         * @return this builder
         */
        public Builder body(Object v) {
            body = v;
            return this;
        }

        /**
         * Marks a non-idempotent call (POST) as safe to retry on 5xx and connection failures.
         *
         * @param v whether the call is idempotent
         * @return this builder
         */
        public Builder idempotent(boolean v) {
            idempotent = v;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public CxoneRequest build() {
            return new CxoneRequest(method, path, query, headers, body,
                    operation != null ? operation : method + " " + template, idempotent);
        }
    }
}
