package io.github.cxonesdk.core.auth.internal;

import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.json.CxoneJson;
import io.github.cxonesdk.core.spi.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code token_endpoint} from an issuer's OpenID Connect discovery document.
 *
 * <p>This class is thread-safe.
 */
public final class OidcDiscovery {
    private OidcDiscovery() {
    }

    /**
     * Fetches the discovery document and returns its token endpoint.
     *
     * @param issuer the issuer
     * @param transport the transport
     * @param timeout the request timeout
     * @return the token endpoint
     * @throws AuthenticationException if the document cannot be fetched or has no token endpoint
     */
    public static URI tokenEndpoint(URI issuer, HttpTransport transport, Duration timeout) {
        Objects.requireNonNull(issuer, "issuer == null");
        String base = issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/";
        URI document = URI.create(base + ".well-known/openid-configuration");
        HttpResponse<byte[]> response;
        try {
            response = transport.send(HttpRequest.newBuilder(document).timeout(timeout)
                    .header("Accept", "application/json").GET().build());
        } catch (IOException e) {
            throw new AuthenticationException("OIDC discovery at " + document + " failed: "
                    + Redaction.text(String.valueOf(e.getMessage())), 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException("OIDC discovery at " + document + " interrupted", 0, null, e);
        }
        if (response.statusCode() != 200) {
            throw new AuthenticationException("OIDC discovery at " + document + " failed: HTTP "
                    + response.statusCode(), response.statusCode(), null, null);
        }
        try {
            JsonNode endpoint = CxoneJson.mapper().readTree(response.body()).get("token_endpoint");
            if (endpoint == null || !endpoint.isString()) {
                throw new AuthenticationException("OIDC discovery document at " + document
                        + " has no token_endpoint", 200, null, null);
            }
            return URI.create(endpoint.asString());
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            throw new AuthenticationException("OIDC discovery document at " + document + " is invalid: "
                    + Redaction.text(e.getMessage()), 200, null, e);
        }
    }
}
