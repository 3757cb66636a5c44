package io.github.cxonesdk.core.auth.internal;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.AccessToken;
import io.github.cxonesdk.core.auth.ClientAuthentication;
import io.github.cxonesdk.core.auth.TokenProvider;
import io.github.cxonesdk.core.exception.AuthenticationException;
import io.github.cxonesdk.core.internal.LenientJson;
import io.github.cxonesdk.core.internal.Redaction;
import io.github.cxonesdk.core.spi.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Fetches a new token from the OAuth token endpoint on every call (no caching): client credentials
 * or the CXone access-key password grant.
 *
 * <p>This class is thread-safe.
 */
public final class OAuthTokenFetcher implements TokenProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthTokenFetcher.class);

    /** The longest scope string kept: far above any real grant, far below a hostile one. */
    private static final int MAX_SCOPE = 4096;

    private final CxoneConfig config;
    private final HttpTransport transport;
    private final Clock clock;
    private final URI tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    /** The access-key id and secret for the password grant, or {@code null} for client credentials. */
    private final String accessKeyId;
    private final Secret accessKeySecret;
    private final ClientAuthentication clientAuthentication;
    /** The token URL as logs and messages show it (query values masked like API URLs). */
    private final String printableTokenUrl;
    private final TokenLifetime lifetime;

    private OAuthTokenFetcher(CxoneConfig config, HttpTransport transport, Clock clock) {
        this.config = config;
        this.transport = Objects.requireNonNull(transport, "transport == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.tokenUrl = Objects.requireNonNull(config.tokenUrl(), "tokenUrl == null");
        this.clientId = config.clientId().orElseThrow(() ->
                new IllegalArgumentException("clientId is required with an access key"));
        this.clientSecret = config.clientSecret().orElseThrow(() ->
                new IllegalArgumentException("clientSecret is required with clientId"));
        this.accessKeyId = config.accessKeyId().orElse(null);
        this.accessKeySecret = config.accessKeySecret().orElse(null);
        // CXone's access-key grant always authenticates the client with Basic
        this.clientAuthentication = accessKeyId != null ? ClientAuthentication.BASIC : config.clientAuthentication();
        this.printableTokenUrl = Redaction.uri(tokenUrl);
        this.lifetime = new TokenLifetime(printableTokenUrl);
    }

    /**
     * Returns a fetcher for the configuration's OAuth credentials: the access-key password grant when
     * an access key is set, else client credentials.
     *
     * @param config the configuration, with a token URL, client id and client secret
     * @param transport the transport
     * @param clock the clock that dates the expiry
     * @return the fetcher
     * @throws IllegalArgumentException if the client id or secret is missing
     */
    public static OAuthTokenFetcher of(CxoneConfig config, HttpTransport transport, Clock clock) {
        return new OAuthTokenFetcher(Objects.requireNonNull(config, "config == null"), transport, clock);
    }

    @Override
    public AccessToken token() {
        String form = formBody();
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUrl)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("User-Agent", config.userAgent())
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (clientAuthentication == ClientAuthentication.BASIC) {
            String basic = Base64.getEncoder().encodeToString(
                    (clientId + ":" + clientSecret.reveal()).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        LOG.debug("--> POST {} token request: {}", printableTokenUrl, Redaction.form(form));
        Instant sent = clock.instant();
        HttpResponse<byte[]> response;
        try {
            response = transport.send(request.build());
        } catch (IOException e) {
            throw new AuthenticationException("token request to " + printableTokenUrl + " failed: " + describe(e),
                    0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException("token request to " + printableTokenUrl + " interrupted", 0, null, e);
        }
        LOG.debug("<-- {} POST {} token response", response.statusCode(), printableTokenUrl);
        return parse(response, sent);
    }

    private String formBody() {
        Map<String, String> form = new LinkedHashMap<>();
        if (accessKeyId != null) {
            form.put("grant_type", "password");
            form.put("username", accessKeyId);
            form.put("password", accessKeySecret.reveal());
        } else {
            form.put("grant_type", "client_credentials");
            if (clientAuthentication == ClientAuthentication.REQUEST_BODY) {
                form.put("client_id", clientId);
                form.put("client_secret", clientSecret.reveal());
            }
        }
        if (!config.scopes().isEmpty()) {
            form.put("scope", String.join(" ", config.scopes()));
        }
        if (accessKeyId == null) {
            config.tenant().ifPresent(tenant -> form.put("tenant", tenant));
        }
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private AccessToken parse(HttpResponse<byte[]> response, Instant sent) {
        int status = response.statusCode();
        String body = new String(response.body() == null ? new byte[0] : response.body(), StandardCharsets.UTF_8);
        JsonNode json = LenientJson.object(body);
        if (status / 100 != 2) {
            // a hostile or broken endpoint may echo the form (client and access-key secrets) in any field
            String error = Redaction.value(LenientJson.text(json, "error"), secrets());
            String description = Redaction.text(LenientJson.text(json, "error_description"), secrets());
            throw new AuthenticationException("token request to " + printableTokenUrl + " failed: HTTP " + status
                    + (error != null ? " " + error : "") + (description != null ? ": " + description : ""),
                    status, error, null);
        }
        String value = LenientJson.text(json, "access_token");
        if (value == null || value.isBlank()) {
            throw new AuthenticationException("token response from " + printableTokenUrl + " has no access_token: "
                    + Redaction.text(body, secrets()), status, null, null);
        }
        List<String> secrets = secrets();
        secrets.add(value);
        String scope = Redaction.value(LenientJson.text(json, "scope"), MAX_SCOPE, secrets);
        return new AccessToken(value, sent.plus(lifetime.of(json == null ? null : json.get("expires_in"))), scope);
    }

    private List<String> secrets() {
        return Redaction.secrets(config);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() != null ? " " + Redaction.text(e.getMessage(), secrets())
                : "");
    }
}
