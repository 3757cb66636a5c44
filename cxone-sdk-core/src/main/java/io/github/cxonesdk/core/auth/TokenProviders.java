package io.github.cxonesdk.core.auth;

import io.github.cxonesdk.core.Backoff;
import io.github.cxonesdk.core.CxoneConfig;
import io.github.cxonesdk.core.Secret;
import io.github.cxonesdk.core.auth.internal.CachingTokenProvider;
import io.github.cxonesdk.core.auth.internal.OAuthTokenFetcher;
import io.github.cxonesdk.core.auth.internal.OidcDiscovery;
import io.github.cxonesdk.core.internal.JdkHttpTransport;
import io.github.cxonesdk.core.spi.HttpTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The built-in token providers. Credentials are configured in one place, {@link CxoneConfig};
 * {@link #fromConfig(CxoneConfig)} turns them into a provider: the CXone access key (password grant
 * with Basic client authentication) when set, else OAuth client credentials, else the fixed access
 * token. The OAuth providers are cached: they refresh ahead of expiry with jitter, let exactly one
 * caller refresh, keep serving a valid token when a refresh fails and retry the refresh with backoff.
 *
 * <pre>{@code
 * CxoneConfig config = CxoneConfig.builder().baseUrl(baseUrl).tokenUrl(tokenUrl)
 *         .clientId("id").clientSecret(Secret.of(secret))
 *         .accessKeyId("AK..").accessKeySecret(Secret.of(keySecret))   // omit for client credentials
 *         .build();
 * TokenProvider tokens = TokenProviders.fromConfig(config);   // CxoneHttp.create(config) does this for you
 * }</pre>
 *
 * <p>This class is thread-safe; the providers it returns are thread-safe.
 */
public final class TokenProviders {
    private static final Duration PREFETCH = Duration.ofSeconds(60);
    private static final Duration JITTER = Duration.ofSeconds(30);
    private static final Backoff REFRESH_BACKOFF = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60));

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
     * Returns the provider the configuration's credentials describe, sending token requests over its
     * own JDK client (connect timeout from the configuration): the access key when set, else client
     * credentials, else the fixed {@link CxoneConfig#accessToken()}.
     *
     * @param config the configuration
     * @return the provider
     * @throws IllegalArgumentException if the configuration holds no usable credentials
     */
    public static TokenProvider fromConfig(CxoneConfig config) {
        Objects.requireNonNull(config, "config == null");
        return create(config, () -> JdkHttpTransport.create(config.connectTimeout()), Clock.systemUTC());
    }

    /**
     * Same as {@link #fromConfig(CxoneConfig)}, sending token requests over {@code transport} and
     * deciding expiry with {@code clock}. {@code CxoneHttp} uses it to share its transport; tests use
     * it to fake time.
     *
     * @param config the configuration
     * @param transport the transport for token requests
     * @param clock the clock deciding expiry and refresh times
     * @return the provider
     * @throws IllegalArgumentException if the configuration holds no usable credentials
     */
    public static TokenProvider fromConfig(CxoneConfig config, HttpTransport transport, Clock clock) {
        Objects.requireNonNull(transport, "transport == null");
        return create(config, () -> transport, clock);
    }

    private static TokenProvider create(CxoneConfig config, Supplier<HttpTransport> transport, Clock clock) {
        Objects.requireNonNull(config, "config == null");
        Objects.requireNonNull(clock, "clock == null");
        if (config.accessKeyId().isEmpty() && config.clientId().isEmpty()) {
            return fixed(config.accessToken().orElseThrow(() -> new IllegalArgumentException(
                    "config has no credentials: set clientId/clientSecret, an access key or an access token")));
        }
        return cached(OAuthTokenFetcher.of(config, transport.get(), clock), clock);
    }

    /**
     * Wraps any provider in the refresh-ahead cache (prefetch 60 s, jitter up to 30 s, refresh backoff
     * {@link Backoff} with full jitter, ceilings from 1 s doubling up to 60 s).
     *
     * @param source a provider that fetches a new token on every call
     * @param clock the clock deciding expiry
     * @return the cached provider
     */
    public static TokenProvider cached(TokenProvider source, Clock clock) {
        return new CachingTokenProvider(source, clock, PREFETCH, JITTER, REFRESH_BACKOFF);
    }

    /**
     * Finds the token endpoint of an OpenID Connect issuer ({@code token_endpoint} of
     * {@code {issuer}/.well-known/openid-configuration}), as CXone documents for access keys.
     *
     * <p>The document is trusted only as far as it stays where the caller pointed: its {@code issuer}
     * must have the discovery URL's origin (scheme, host and port), its {@code token_endpoint} must be on
     * that same origin and use HTTPS (plain HTTP only on a loopback host: {@code localhost},
     * 127.0.0.0/8, {@code ::1}), and it may be at most 256 KiB. An identity provider whose token
     * endpoint is on another host is configured with {@link CxoneConfig.Builder#tokenUrl(URI)} instead.
     *
     * @param issuer the issuer URL, such as {@code https://cxone.niceincontact.com}
     * @param transport the transport
     * @param timeout the request timeout
     * @return the token endpoint
     * @throws io.github.cxonesdk.core.exception.AuthenticationException if discovery fails or the
     *         document fails one of the checks above (the message says which)
     */
    public static URI discoverTokenUrl(URI issuer, HttpTransport transport, Duration timeout) {
        return OidcDiscovery.tokenEndpoint(issuer, transport, timeout);
    }
}
