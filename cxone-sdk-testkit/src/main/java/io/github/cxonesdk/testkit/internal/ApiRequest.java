package io.github.cxonesdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * One HTTP request as the endpoint groups see it: already read, routed and authenticated.
 *
 * @param method    HTTP method
 * @param path      decoded path
 * @param query     query parameters
 * @param headers   header lookup (case-insensitive), null when absent
 * @param body      the raw body (empty string when none)
 * @param pathVars  the values of the route's {@code {}} segments, in order
 * @param principal the authenticated token, null on unauthenticated routes
 * @param requestId the request id answered in {@code X-Request-Id}
 */
public record ApiRequest(String method, String path, Map<String, List<String>> query,
                         Function<String, String> headers, String body, List<String> pathVars,
                         Tokens.Issued principal, String requestId) {

    public String header(String name) {
        return headers.apply(name);
    }

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String var(int index) {
        return pathVars.get(index);
    }

    public ObjectNode jsonBody() {
        return Json.parseObject(body);
    }

    public String actor() {
        return principal == null ? "anonymous" : principal.subject();
    }

    /** Parses {@code page_size} (default 50, 1..500) or answers 400. */
    public int pageSize() {
        String raw = queryParam("page_size");
        if (raw == null) {
            return 50;
        }
        try {
            int size = Integer.parseInt(raw);
            if (size < 1 || size > 500) {
                throw ApiException.badRequest("invalid_request", "page_size must be between 1 and 500, was " + size);
            }
            return size;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_request", "page_size is not a number: '" + raw + "'");
        }
    }
}
