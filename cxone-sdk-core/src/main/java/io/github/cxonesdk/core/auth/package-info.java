/**
 * Authentication: the {@link io.github.cxonesdk.core.auth.TokenProvider} SPI and the built-in
 * providers of {@link io.github.cxonesdk.core.auth.TokenProviders}, built from the credentials of a
 * {@code CxoneConfig} (client credentials or CXone access key behind a cache that refreshes ahead of
 * expiry, or a fixed token).
 */
package io.github.cxonesdk.core.auth;
