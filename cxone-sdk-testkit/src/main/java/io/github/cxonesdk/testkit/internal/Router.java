package io.github.cxonesdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST side of the simulator on Jetty's core handler API: routes requests, authenticates
 * bearer tokens, enforces scopes, applies REST faults and writes JSON answers with request ids.
 */
public final class Router extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** An endpoint: request in, answer out; may throw {@link ApiException}. */
    @FunctionalInterface
    public interface Endpoint extends Function<ApiRequest, ApiResponse> {
    }

    private record Route(String method, String[] segments, String scope, boolean authenticated, Endpoint endpoint) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Tokens tokens;
    private final FaultInjector faults;
    private final AtomicLong requestIds = new AtomicLong();

    public Router(Tokens tokens, FaultInjector faults) {
        this.tokens = tokens;
        this.faults = faults;
    }

    /** Adds an authenticated route; {@code {}} in the pattern matches one path segment. */
    public Router route(String method, String pattern, String scope, Endpoint endpoint) {
        routes.add(new Route(method, split(pattern), scope, true, endpoint));
        return this;
    }

    /** Adds a route that needs no token and is never subject to REST faults. */
    public Router open(String method, String pattern, Endpoint endpoint) {
        routes.add(new Route(method, split(pattern), null, false, endpoint));
        return this;
    }

    /** Returns the endpoint registered for a method and pattern, for tests that drive an endpoint group directly. */
    Endpoint endpoint(String method, String pattern) {
        String[] segments = split(pattern);
        return routes.stream().filter(r -> r.method().equals(method) && java.util.Arrays.equals(r.segments(), segments))
                .findFirst().map(Route::endpoint).orElseThrow(() -> new IllegalArgumentException(method + " " + pattern));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String clientRequestId = request.getHeaders().get("X-Request-Id");
        String requestId = clientRequestId != null && !clientRequestId.isBlank() && clientRequestId.length() <= 200
                ? clientRequestId : "sim-req-" + requestIds.incrementAndGet();
        ApiResponse answer;
        try {
            answer = dispatch(request, requestId);
        } catch (ApiException e) {
            answer = error(e, requestId);
        } catch (RuntimeException e) {
            LOG.warn("simulator endpoint failed for {} {}", request.getMethod(), request.getHttpURI().getPath(), e);
            answer = error(new ApiException(500, "server_error", "internal simulator error"), requestId);
        }
        write(response, callback, answer, requestId);
        return true;
    }

    private ApiResponse dispatch(Request request, String requestId) throws Exception {
        String path = request.getHttpURI().getDecodedPath();
        String[] segments = split(path);
        boolean pathKnown = false;
        for (Route route : routes) {
            List<String> vars = match(route.segments(), segments);
            if (vars == null) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(request.getMethod())) {
                continue;
            }
            String body = Content.Source.asString(request, StandardCharsets.UTF_8);
            HttpFields headers = request.getHeaders();
            Tokens.Issued principal = null;
            if (route.authenticated()) {
                principal = authenticate(headers.get("Authorization"));
                if (route.scope() != null && !principal.scopes().contains(route.scope())) {
                    throw new ApiException(403, "insufficient_scope", "the token lacks scope '" + route.scope() + "'")
                            .field("scope", route.scope());
                }
                applyFaults();
            }
            ApiRequest apiRequest = new ApiRequest(request.getMethod(), path, query(request), headers::get, body,
                    vars, principal, requestId);
            return route.endpoint().apply(apiRequest);
        }
        if (pathKnown) {
            throw new ApiException(405, "method_not_allowed", request.getMethod() + " is not allowed on " + path);
        }
        throw new ApiException(404, "not_found", "no such endpoint: " + path);
    }

    private Tokens.Issued authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "unauthorized", "missing bearer token").header("WWW-Authenticate", "Bearer");
        }
        Tokens.Issued token = tokens.lookup(authorization.substring(7).trim());
        if (token == null) {
            throw new ApiException(401, "invalid_token", "the access token is unknown or expired")
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        return token;
    }

    private void applyFaults() throws InterruptedException {
        Duration slow = faults.slowResponses();
        if (!slow.isZero()) {
            Thread.sleep(slow.toMillis());
        }
        ApiException fault = faults.nextRestFault();
        if (fault != null) {
            throw fault;
        }
    }

    private static ApiResponse error(ApiException e, String requestId) {
        ObjectNode body = Json.object();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        body.put("requestId", requestId);
        e.extra().forEach(body::put);
        ApiResponse answer = ApiResponse.of(e.status(), body);
        e.headers().forEach(answer::header);
        return answer;
    }

    private static void write(Response response, Callback callback, ApiResponse answer, String requestId) {
        response.setStatus(answer.status());
        response.getHeaders().put("X-Request-Id", requestId);
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (answer.body() == null) {
            callback.succeeded();
            return;
        }
        response.getHeaders().put("Content-Type", "application/json");
        Content.Sink.write(response, true, Json.write(answer.body()), callback);
    }

    private static Map<String, List<String>> query(Request request) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String name : fields.getNames()) {
            query.put(name, fields.getValues(name));
        }
        return query;
    }

    private static List<String> match(String[] pattern, String[] segments) {
        if (pattern.length != segments.length) {
            return null;
        }
        List<String> vars = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            if ("{}".equals(pattern[i])) {
                vars.add(segments[i]);
            } else if (!pattern[i].equals(segments[i])) {
                return null;
            }
        }
        return vars;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
