/**
 * Event-processing filters: the {@link io.github.cxonesdk.eventbridge.FilterDefinition} model and
 * its parts, and client-side validation ({@link io.github.cxonesdk.eventbridge.FilterValidator}).
 */
package io.github.cxonesdk.eventbridge;
