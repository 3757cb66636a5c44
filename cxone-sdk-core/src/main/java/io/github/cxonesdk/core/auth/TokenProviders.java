package io.github.cxonesdk.core.auth;

import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.internal.CachingTokenProvider;
import io.github.cxonesdk.core.auth.internal.OAuthTokenFetcher;
import io.github.cxonesdk.core.spi.HttpTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The built-in token providers: OAuth client credentials, the CXone access key (password grant with
 * Basic client authentication) and a fixed token. The OAuth providers are cached: they refresh ahead
 * of expiry with jitter, let exactly one caller refresh, keep serving a valid token when a refresh
 * fails and retry the refresh with backoff.
 *
 * <pre>{@code
 * TokenProvider cc = TokenProviders.clientCredentials()
 *         .tokenUrl(tokenUrl).clientId("id").clientSecret(Secret.of(secret))
 *         .scopes(List.of("dashboard:read")).build();
 * TokenProvider key = TokenProviders.accessKey()
 *         .tokenUrl(tokenUrl).clientId("id").clientSecret(Secret.of(secret))
 *         .accessKeyId("AK..").accessKeySecret(Secret.of(keySecret)).build();
 * }</pre>
 *
 * <p>This class is thread-safe; the providers it returns are thread-safe.
 */
public final class TokenProviders {
    private TokenProviders() {
    }

    /**
     * Returns a provider that always returns {@code token}; a 401 is then final.
     *
     * @param token the bearer token
     * @return the provider
     */
    public static TokenProvider fixed(Secret token) {
        AccessToken accessToken = AccessToken.of(Objects.requireNonNull(token, "token == null").reveal());
        return () -> accessToken;
    }

    /**
     * Returns a builder for a cached client-credentials provider.
     *
     * @return the builder
     */
    public static OAuthBuilder clientCredentials() {
        return new OAuthBuilder(OAuthTokenFetcher.Grant.CLIENT_CREDENTIALS);
    }

    /**
     * Returns a builder for a cached CXone access-key provider (password grant with the access key,
     * client authenticated with Basic).
     *
     * @return the builder
     */
    public static OAuthBuilder accessKey() {
        return new OAuthBuilder(OAuthTokenFetcher.Grant.PASSWORD);
    }

    /**
     * Wraps any provider in the refresh-ahead cache (prefetch 60 s, jitter up to 30 s, refresh backoff
     * 1 s doubling up to 60 s).
     *
     * @param source a provider that fetches a new token on every call
     * @param clock the clock deciding expiry
     * @return the cached provider
     */
    public static TokenProvider cached(TokenProvider source, Clock clock) {
        return new CachingTokenProvider(source, clock, Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    /**
     * Returns the provider the configuration describes: access key when set, else client credentials,
     * else the fixed token.
     *
     * @param config the configuration
     * @param transport the transport for token requests
     * @return the provider
     * @throws IllegalArgumentException if the configuration holds no credentials
     */
    public static TokenProvider fromConfig(CxoneConfig config, HttpTransport transport) {
        Objects.requireNonNull(config, "config == null");
        if (config.accessKeyId().isPresent() || config.clientId().isPresent()) {
            OAuthBuilder b = config.accessKeyId().isPresent() ? accessKey() : clientCredentials();
            return b.tokenUrl(config.tokenUrl())
                    .clientId(config.clientId().orElseThrow(() ->
                            new IllegalArgumentException("clientId is required with an access key")))
                    .clientSecret(config.clientSecret().orElseThrow(() ->
                            new IllegalArgumentException("clientSecret is required with clientId")))
                    .accessKeyId(config.accessKeyId().orElse(null))
                    .accessKeySecret(config.accessKeySecret().orElse(null))
                    .scopes(config.scopes())
                    .tenant(config.tenant().orElse(null))
                    .clientAuthentication(config.clientAuthentication())
                    .requestTimeout(config.requestTimeout())
                    .userAgent(config.userAgent())
                    .transport(transport)
                    .build();
        }
        return fixed(config.accessToken().orElseThrow(() -> new IllegalArgumentException(
                "config has no credentials: set clientId/clientSecret, an access key or an access token")));
    }

    /**
     * Builds a cached OAuth provider. Not thread-safe.
     */
    public static final class OAuthBuilder {
        private final OAuthTokenFetcher.Grant grant;
        private URI tokenUrl;
        private String clientId;
        private Secret clientSecret;
        private List<String> scopes = List.of();
        private String tenant;
        private ClientAuthentication clientAuthentication = ClientAuthentication.REQUEST_BODY;
        private String accessKeyId;
        private Secret accessKeySecret;
        private HttpTransport transport;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private String userAgent = CxoneConfig.DEFAULT_USER_AGENT;
        private Clock clock = Clock.systemUTC();
        private Duration prefetch = Duration.ofSeconds(60);
        private Duration jitter = Duration.ofSeconds(30);
        private Duration refreshBackoff = Duration.ofSeconds(1);
        private Duration maxRefreshBackoff = Duration.ofSeconds(60);

        private OAuthBuilder(OAuthTokenFetcher.Grant grant) {
            this.grant = grant;
        }

        /**
         * Sets the token endpoint (required).
         *
         * @param v the URL
         * @return this builder
         */
        public OAuthBuilder tokenUrl(URI v) {
            tokenUrl = v;
            return this;
        }

        /**
         * Sets the OAuth client id (required).
         *
         * @param v the id
         * @return this builder
         */
        public OAuthBuilder clientId(String v) {
            clientId = v;
            return this;
        }

        /**
         * Sets the OAuth client secret (required).
         *
         * @param v the secret
         * @return this builder
         */
        public OAuthBuilder clientSecret(Secret v) {
            clientSecret = v;
            return this;
        }

        /**
         * Sets the scopes to request, sent space-separated.
         *
         * @param v the scopes
         * @return this builder
         */
        public OAuthBuilder scopes(List<String> v) {
            scopes = List.copyOf(v);
            return this;
        }

        /**
         * Sets the tenant sent with client-credentials requests.
         *
         * @param v the tenant, or {@code null}
         * @return this builder
         */
        public OAuthBuilder tenant(String v) {
            tenant = v;
            return this;
        }

        /**
         * Sets how the client authenticates for client credentials (the access-key grant always uses Basic).
         *
         * @param v the mode
         * @return this builder
         */
        public OAuthBuilder clientAuthentication(ClientAuthentication v) {
            clientAuthentication = Objects.requireNonNull(v, "clientAuthentication == null");
            return this;
        }

        /**
         * Sets the CXone access-key id (required for {@link #accessKey()}).
         *
         * @param v the id
         * @return this builder
         */
        public OAuthBuilder accessKeyId(String v) {
            accessKeyId = v;
            return this;
        }

        /**
         * Sets the CXone access-key secret (required for {@link #accessKey()}).
         *
         * @param v the secret
         * @return this builder
         */
        public OAuthBuilder accessKeySecret(Secret v) {
            accessKeySecret = v;
            return this;
        }

        /**
         * Sets the transport for token requests (default: a JDK client owned by the provider).
         *
         * @param v the transport
         * @return this builder
         */
        public OAuthBuilder transport(HttpTransport v) {
            transport = v;
            return this;
        }

        /**
         * Sets the timeout of one token request (default 30 s).
         *
         * @param v the timeout
         * @return this builder
         */
        public OAuthBuilder requestTimeout(Duration v) {
            requestTimeout = Objects.requireNonNull(v, "requestTimeout == null");
            return this;
        }

        /**
         * Sets the user agent of token requests.
         *
         * @param v the user agent
         * @return this builder
         */
        public OAuthBuilder userAgent(String v) {
            userAgent = Objects.requireNonNull(v, "userAgent == null");
            return this;
        }

        /**
         * Sets the clock deciding expiry and refresh times (default UTC system clock).
         *
         * @param v the clock
         * @return this builder
         */
        public OAuthBuilder clock(Clock v) {
            clock = Objects.requireNonNull(v, "clock == null");
            return this;
        }

        /**
         * Sets how long before expiry a refresh starts (default 60 s; at most half the token lifetime is used).
         *
         * @param v the prefetch window
         * @return this builder
         */
        public OAuthBuilder prefetch(Duration v) {
            prefetch = Objects.requireNonNull(v, "prefetch == null");
            return this;
        }

        /**
         * Sets the maximum random extra added to the prefetch window (default 30 s).
         *
         * @param v the jitter
         * @return this builder
         */
        public OAuthBuilder jitter(Duration v) {
            jitter = Objects.requireNonNull(v, "jitter == null");
            return this;
        }

        /**
         * Sets the backoff between failed refreshes while the old token is valid (default 1 s doubling up to 60 s).
         *
         * @param initial the wait after the first failure
         * @param max the longest wait
         * @return this builder
         */
        public OAuthBuilder refreshBackoff(Duration initial, Duration max) {
            refreshBackoff = Objects.requireNonNull(initial, "initial == null");
            maxRefreshBackoff = Objects.requireNonNull(max, "max == null");
            return this;
        }

        /**
         * Builds the cached provider.
         *
         * @return the provider
         * @throws NullPointerException if a required value is missing
         */
        public TokenProvider build() {
            HttpTransport t = transport != null ? transport
                    : HttpTransport.of(java.net.http.HttpClient.newBuilder().connectTimeout(requestTimeout).build());
            OAuthTokenFetcher fetcher = new OAuthTokenFetcher(t, tokenUrl, grant, clientId, clientSecret, scopes,
                    tenant, clientAuthentication, accessKeyId, accessKeySecret, requestTimeout, userAgent, clock);
            return new CachingTokenProvider(fetcher, clock, prefetch, jitter, refreshBackoff, maxRefreshBackoff);
        }
    }
}
