/**
 * Authentication: the {@link io.github.cxonesdk.core.auth.TokenProvider} SPI and the built-in
 * providers of {@link io.github.cxonesdk.core.auth.TokenProviders} (client credentials, CXone access
 * key, fixed token), all behind a cache that refreshes ahead of expiry.
 */
package io.github.cxonesdk.core.auth;
