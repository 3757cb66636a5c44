package io.github.cxonesdk.core.auth.internal;

import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.core.spi.HttpTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code token_endpoint} from an issuer's OpenID Connect discovery document, and refuses a document
 * that would send the credentials somewhere the caller did not ask for:
 * <ul>
 *   <li>the document's {@code issuer} must have the origin (scheme, host, port) of the discovery URL;</li>
 *   <li>the {@code token_endpoint} must be on that same origin (an identity provider whose token endpoint
 *       lives on another host is configured with an explicit {@code tokenUrl} instead);</li>
 *   <li>the {@code token_endpoint} must use HTTPS, except on a loopback host ({@code localhost},
 *       127.0.0.0/8, {@code ::1}), as local test servers do;</li>
 *   <li>the document is at most {@link #MAX_DOCUMENT_BYTES} bytes.</li>
 * </ul>
 * Each refusal is an {@link AuthenticationException} that says why; document values in messages are
 * capped and scrubbed.
 *
 * <p>This class is thread-safe (stateless).
 */
public final class OidcDiscovery {
    /** The largest discovery document read: real ones are a few kilobytes. */
    public static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    private OidcDiscovery() {
    }

    /**
     * Fetches the discovery document and returns its checked token endpoint.
     *
     * @param issuer the issuer
     * @param transport the transport
     * @param timeout the request timeout
     * @return the token endpoint
     * @throws AuthenticationException if the document cannot be fetched, is too large, has no token
     *         endpoint, or fails the issuer, origin or HTTPS checks
     */
    public static URI tokenEndpoint(URI issuer, HttpTransport transport, Duration timeout) {
        Objects.requireNonNull(issuer, "issuer == null");
        String base = issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/";
        URI document = URI.create(base + ".well-known/openid-configuration");
        String where = "OIDC discovery document at " + Redaction.uri(document);
        JsonNode json = fetch(document, transport, timeout, where);
        URI endpoint = uriField(json, "token_endpoint", where);
        URI declaredIssuer = uriField(json, "issuer", where);
        if (!sameOrigin(declaredIssuer, document)) {
            throw refused(where + " names the issuer " + Redaction.uri(declaredIssuer)
                    + ", not the origin it was fetched from (" + origin(document) + ")");
        }
        if (!sameOrigin(endpoint, document)) {
            throw refused(where + " names the token endpoint " + Redaction.uri(endpoint)
                    + " outside the issuer's origin "
                    + origin(document) + "; configure tokenUrl explicitly to use it");
        }
        if (!"https".equalsIgnoreCase(endpoint.getScheme()) && !isLoopback(endpoint.getHost())) {
            throw refused(where + " names the token endpoint " + Redaction.uri(endpoint)
                    + ", which is not HTTPS: credentials go only over HTTPS (or to a loopback host)");
        }
        return endpoint;
    }

    private static JsonNode fetch(URI document, HttpTransport transport, Duration timeout, String where) {
        HttpResponse<byte[]> response;
        try {
            response = transport.send(HttpRequest.newBuilder(document).timeout(timeout)
                    .header("Accept", "application/json").GET().build());
        } catch (IOException e) {
            throw new AuthenticationException("OIDC discovery at " + Redaction.uri(document) + " failed: "
                    + Redaction.text(String.valueOf(e.getMessage())), 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException("OIDC discovery at " + Redaction.uri(document) + " interrupted",
                    0, null, e);
        }
        if (response.statusCode() != 200) {
            throw new AuthenticationException("OIDC discovery at " + Redaction.uri(document) + " failed: HTTP "
                    + response.statusCode(), response.statusCode(), null, null);
        }
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (body.length > MAX_DOCUMENT_BYTES) {
            throw refused(where + " is " + body.length + " bytes, more than the " + MAX_DOCUMENT_BYTES + " allowed");
        }
        try {
            JsonNode json = CxoneJson.mapper().readTree(body);
            if (json == null || !json.isObject()) {
                throw refused(where + " is not a JSON object; it has no token_endpoint");
            }
            return json;
        } catch (tools.jackson.core.JacksonException e) {
            throw new AuthenticationException(where + " is invalid: " + Redaction.text(e.getOriginalMessage()),
                    200, null, e);
        }
    }

    private static URI uriField(JsonNode json, String field, String where) {
        JsonNode node = json.get(field);
        if (node == null || !node.isString()) {
            throw refused(where + " has no " + field);
        }
        try {
            URI uri = new URI(node.stringValue());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                throw refused(where + " has a " + field + " that is not an absolute URL: "
                        + Redaction.value(node.stringValue(), List.of()));
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw refused(where + " has a " + field + " that is not a URL: "
                    + Redaction.value(node.stringValue(), List.of()));
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * Tells whether {@code host} is {@code localhost} or a loopback IP literal, without any DNS lookup
     * (a name that resolves to 127.0.0.1 does not count: its resolution is not ours to trust).
     */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        boolean ipv4Literal = !h.isEmpty() && h.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')
                && h.chars().filter(c -> c == '.').count() == 3;
        boolean ipv6Literal = h.indexOf(':') >= 0 && h.chars().allMatch(c -> Character.digit(c, 16) >= 0
                || c == ':' || c == '.');
        if (!ipv4Literal && !ipv6Literal) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, never resolved
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static AuthenticationException refused(String why) {
        return new AuthenticationException(why, 200, null, null);
    }
}
