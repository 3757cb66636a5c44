/**
 * Core of the CXone SDK: {@link io.github.cxonesdk.core.CxoneConfig} (endpoints, timeouts, credentials),
 * the {@link io.github.cxonesdk.core.CxoneHttp} pipeline with {@link io.github.cxonesdk.core.CxoneRequest},
 * {@link io.github.cxonesdk.core.CxoneResponse} and {@link io.github.cxonesdk.core.RetryPolicy},
 * {@link io.github.cxonesdk.core.Secret}, and read-modify-write with
 * {@link io.github.cxonesdk.core.Versioned} and {@link io.github.cxonesdk.core.OptimisticLocking}.
 */
package io.github.cxonesdk.core;
