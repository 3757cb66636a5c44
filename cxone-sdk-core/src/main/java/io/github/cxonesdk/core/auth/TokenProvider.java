package io.github.cxonesdk.core.auth;

/**
 * Supplies the bearer token for API calls. {@code CxoneHttp} asks for a token before every call, and
 * on a 401 calls {@link #invalidate(AccessToken)} and retries the call once with a fresh token. The
 * built-in providers come from {@link TokenProviders#fromConfig(io.github.cxonesdk.core.CxoneConfig)};
 * implement this interface to get tokens elsewhere, such as from a secrets vault.
 *
 * <pre>{@code
 * TokenProvider fromVault = TokenProviders.cached(
 *         () -> new AccessToken(vault.token(), vault.expiresAt(), null), Clock.systemUTC());
 * CxoneHttp http = CxoneHttp.builder().config(config).tokenProvider(fromVault).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe; {@link #token()} is called concurrently and should be cheap
 * when a valid token is cached.
 */
public interface TokenProvider {
    /**
     * Returns a token that is valid now.
     *
     * @return the token
     * @throws io.github.cxonesdk.core.exception.AuthenticationException if the token endpoint refuses or
     *         cannot be reached (then {@code status()} is 0) and no valid token is cached
     */
    AccessToken token();

    /**
     * Tells the provider that the service rejected {@code token} (HTTP 401), so the next
     * {@link #token()} must not return it. The default does nothing.
     *
     * @param token the rejected token
     */
    default void invalidate(AccessToken token) {
    }
}
