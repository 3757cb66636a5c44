/**
 * Extension points of the core: the {@link io.github.cxonesdk.core.spi.HttpTransport} under the HTTP
 * pipeline, the {@link io.github.cxonesdk.core.spi.CxoneListener} observability hook, the
 * client-side {@link io.github.cxonesdk.core.spi.RateLimiter} and the injectable
 * {@link io.github.cxonesdk.core.spi.Sleeper}.
 */
package io.github.cxonesdk.core.spi;
