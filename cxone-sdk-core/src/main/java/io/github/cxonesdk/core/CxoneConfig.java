package io.github.cxonesdk.core;

import io.github.cxonesdk.core.auth.ClientAuthentication;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.EnvironmentConfigReader;
import io.github.cxonesdk.core.internal.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Endpoints, timeouts, user agent and credentials of one CXone tenant.
 *
 * <pre>{@code
 * CxoneConfig config = CxoneConfig.builder()
 *         .baseUrl(URI.create("https://api.example.cxone.com"))
 *         .tokenUrl(URI.create("https://auth.example.cxone.com/oauth2/token"))
 *         .clientId("my-client").clientSecret(Secret.of(secret))
 *         .scopes(List.of("dashboard:read", "dashboard:write"))
 *         .build();
 * CxoneConfig fromEnv = CxoneConfig.fromEnvironment();
 * }</pre>
 *
 * <p>Credentials: an access key ({@link #accessKeyId()} and {@link #accessKeySecret()}, password grant
 * with Basic client authentication) when set, otherwise client credentials, or a fixed
 * {@link #accessToken()} when neither is set. The event and presence stream URLs default to the base
 * URL's host with {@code ws}/{@code wss}.
 *
 * <p>Instances are immutable and thread-safe; {@link #toString()} never shows secrets.
 */
public final class CxoneConfig {
    /** The default user agent. */
    public static final String DEFAULT_USER_AGENT = "cxone-sdk-java/0.1.0";

    private final URI baseUrl;
    private final URI tokenUrl;
    private final URI eventStreamUrl;
    private final URI presenceStreamUrl;
    /** The stream URLs as set on the builder ({@code null} when derived), so toBuilder() re-derives the others. */
    private final URI explicitEventStreamUrl;
    private final URI explicitPresenceStreamUrl;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final String userAgent;
    private final String clientId;
    private final Secret clientSecret;
    private final List<String> scopes;
    private final String tenant;
    private final ClientAuthentication clientAuthentication;
    private final String accessKeyId;
    private final Secret accessKeySecret;
    private final Secret accessToken;

    private CxoneConfig(Builder b) {
        this.baseUrl = stripSlash(Objects.requireNonNull(b.baseUrl, "baseUrl == null"));
        this.tokenUrl = b.tokenUrl;
        this.explicitEventStreamUrl = b.eventStreamUrl;
        this.explicitPresenceStreamUrl = b.presenceStreamUrl;
        this.eventStreamUrl = b.eventStreamUrl != null ? b.eventStreamUrl : streamUrl(baseUrl, "/api/v2/events");
        this.presenceStreamUrl = b.presenceStreamUrl != null ? b.presenceStreamUrl
                : streamUrl(baseUrl, "/v1/streaming/presence");
        this.connectTimeout = Checks.positive(b.connectTimeout, "connectTimeout");
        this.requestTimeout = Checks.positive(b.requestTimeout, "requestTimeout");
        this.userAgent = Objects.requireNonNull(b.userAgent, "userAgent == null");
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        this.scopes = List.copyOf(b.scopes);
        this.tenant = b.tenant;
        this.clientAuthentication = Objects.requireNonNull(b.clientAuthentication, "clientAuthentication == null");
        this.accessKeyId = b.accessKeyId;
        this.accessKeySecret = b.accessKeySecret;
        this.accessToken = b.accessToken;
        if ((accessKeyId == null) != (accessKeySecret == null)) {
            throw new IllegalArgumentException("accessKeyId and accessKeySecret must be set together");
        }
        if ((clientId != null || accessKeyId != null) && tokenUrl == null) {
            throw new IllegalArgumentException("tokenUrl is required with client or access-key credentials");
        }
    }

    /** {@return a new builder with defaults: connect timeout 10 s, request timeout 30 s, form client authentication} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this configuration's values} */
    public Builder toBuilder() {
        // derived stream URLs stay derived, so a new base URL moves them too
        return builder().baseUrl(baseUrl).tokenUrl(tokenUrl).eventStreamUrl(explicitEventStreamUrl)
                .presenceStreamUrl(explicitPresenceStreamUrl).connectTimeout(connectTimeout).requestTimeout(requestTimeout)
                .userAgent(userAgent).clientId(clientId).clientSecret(clientSecret).scopes(scopes).tenant(tenant)
                .clientAuthentication(clientAuthentication).accessKeyId(accessKeyId)
                .accessKeySecret(accessKeySecret).accessToken(accessToken);
    }

    /**
     * Reads the configuration from the process environment, as {@link #fromEnvironment(Map)} describes.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming every missing or malformed variable
     */
    public static CxoneConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Reads the configuration from {@code env}: {@code CXONE_BASE_URL}, {@code CXONE_TOKEN_URL},
     * {@code CXONE_CLIENT_ID}, {@code CXONE_CLIENT_SECRET} (required), {@code CXONE_SCOPES}
     * (space- or comma-separated), {@code CXONE_ACCESS_KEY_ID} with {@code CXONE_ACCESS_KEY_SECRET},
     * and optionally {@code CXONE_TENANT}, {@code CXONE_EVENT_STREAM_URL}, {@code CXONE_PRESENCE_STREAM_URL}.
     *
     * @param env the variables
     * @return the configuration
     * @throws IllegalArgumentException naming every missing or malformed variable in one message
     */
    public static CxoneConfig fromEnvironment(Map<String, String> env) {
        return EnvironmentConfigReader.read(env);
    }

    private static URI stripSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    private static URI streamUrl(URI base, String path) {
        String scheme = "https".equalsIgnoreCase(base.getScheme()) ? "wss" : "ws";
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        return URI.create(scheme + "://" + base.getHost() + port + path);
    }

    /** {@return the REST base URL, without trailing slash} */
    public URI baseUrl() {
        return baseUrl;
    }

    /** {@return the OAuth token endpoint, or {@code null} when only a fixed token is configured} */
    public URI tokenUrl() {
        return tokenUrl;
    }

    /** {@return the event stream WebSocket URL} */
    public URI eventStreamUrl() {
        return eventStreamUrl;
    }

    /** {@return the presence stream WebSocket URL} */
    public URI presenceStreamUrl() {
        return presenceStreamUrl;
    }

    /** {@return the TCP connect timeout} */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** {@return the timeout of one HTTP exchange (one attempt)} */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** {@return the {@code User-Agent} header value} */
    public String userAgent() {
        return userAgent;
    }

    /** {@return the OAuth client id, if configured} */
    public Optional<String> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** {@return the OAuth client secret, if configured} */
    public Optional<Secret> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    /** {@return the OAuth scopes to request, possibly empty} */
    public List<String> scopes() {
        return scopes;
    }

    /** {@return the tenant sent with client-credentials token requests, if configured} */
    public Optional<String> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** {@return how the client authenticates at the token endpoint for client credentials} */
    public ClientAuthentication clientAuthentication() {
        return clientAuthentication;
    }

    /** {@return the CXone access-key id, if configured} */
    public Optional<String> accessKeyId() {
        return Optional.ofNullable(accessKeyId);
    }

    /** {@return the CXone access-key secret, if configured} */
    public Optional<Secret> accessKeySecret() {
        return Optional.ofNullable(accessKeySecret);
    }

    /** {@return a fixed bearer token, if configured} */
    public Optional<Secret> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /**
     * Returns a description without secrets: credentials show as {@code ****} and credential-looking
     * query values (and user info) of the URLs are masked, as in the SDK's logs.
     *
     * @return the redacted form
     */
    @Override
    public String toString() {
        return "CxoneConfig{baseUrl=" + Redaction.uri(baseUrl) + ", tokenUrl=" + (tokenUrl == null ? null
                : Redaction.uri(tokenUrl)) + ", clientId=" + clientId
                + ", clientSecret=" + clientSecret + ", scopes=" + scopes + ", accessKeyId=" + accessKeyId
                + ", accessKeySecret=" + accessKeySecret + ", accessToken=" + accessToken + "}";
    }

    /** Builds a {@link CxoneConfig}. Not thread-safe. */
    public static final class Builder {
        private URI baseUrl;
        private URI tokenUrl;
        private URI eventStreamUrl;
        private URI presenceStreamUrl;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private String userAgent = DEFAULT_USER_AGENT;
        private String clientId;
        private Secret clientSecret;
        private List<String> scopes = List.of();
        private String tenant;
        private ClientAuthentication clientAuthentication = ClientAuthentication.REQUEST_BODY;
        private String accessKeyId;
        private Secret accessKeySecret;
        private Secret accessToken;

        private Builder() {
        }

        /**
         * Sets the REST base URL (required).
         *
         * @param v the value
         * @return this builder
         */
        public Builder baseUrl(URI v) {
            baseUrl = v;
            return this;
        }

        /**
         * Sets the OAuth token endpoint.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tokenUrl(URI v) {
            tokenUrl = v;
            return this;
        }

        /**
         * Sets the event stream URL; {@code null} for the default.
         *
         * @param v the value
         * @return this builder
         */
        public Builder eventStreamUrl(URI v) {
            eventStreamUrl = v;
            return this;
        }

        /**
         * Sets the presence stream URL; {@code null} for the default.
         *
         * @param v the value
         * @return this builder
         */
        public Builder presenceStreamUrl(URI v) {
            presenceStreamUrl = v;
            return this;
        }

        /**
         * Sets the connect timeout, positive.
         *
         * @param v the value
         * @return this builder
         */
        public Builder connectTimeout(Duration v) {
            connectTimeout = v;
            return this;
        }

        /**
         * Sets the per-attempt request timeout, positive.
         *
         * @param v the value
         * @return this builder
         */
        public Builder requestTimeout(Duration v) {
            requestTimeout = v;
            return this;
        }

        /**
         * Sets the user agent.
         *
         * @param v the value
         * @return this builder
         */
        public Builder userAgent(String v) {
            userAgent = v;
            return this;
        }

        /**
         * Sets the OAuth client id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder clientId(String v) {
            clientId = v;
            return this;
        }

        /**
         * Sets the OAuth client secret.
         *
         * @param v the value
         * @return this builder
         */
        public Builder clientSecret(Secret v) {
            clientSecret = v;
            return this;
        }

        /**
         * Sets the scopes to request.
         *
         * @param v the value
         * @return this builder
         */
        public Builder scopes(List<String> v) {
            scopes = List.copyOf(v);
            return this;
        }

        /**
         * Sets the tenant for client-credentials requests.
         *
         * @param v the value
         * @return this builder
         */
        public Builder tenant(String v) {
            tenant = v;
            return this;
        }

        /**
         * Sets how the client authenticates for client credentials.
         *
         * @param v the value
         * @return this builder
         */
        public Builder clientAuthentication(ClientAuthentication v) {
            clientAuthentication = v;
            return this;
        }

        /**
         * Sets the CXone access-key id.
         *
         * @param v the value
         * @return this builder
         */
        public Builder accessKeyId(String v) {
            accessKeyId = v;
            return this;
        }

        /**
         * Sets the CXone access-key secret.
         *
         * @param v the value
         * @return this builder
         */
        public Builder accessKeySecret(Secret v) {
            accessKeySecret = v;
            return this;
        }

        /**
         * Sets a fixed bearer token, used when no client credentials are set.
         *
         * @param v the value
         * @return this builder
         */
        public Builder accessToken(Secret v) {
            accessToken = v;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws NullPointerException if the base URL is missing
         * @throws IllegalArgumentException if values are inconsistent (for example credentials without token URL)
         */
        public CxoneConfig build() {
            return new CxoneConfig(this);
        }
    }
}
