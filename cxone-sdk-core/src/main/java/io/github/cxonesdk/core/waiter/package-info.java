/**
 * Polling until a resource reaches a wanted or terminal state: {@link io.github.cxonesdk.core.waiter.Waiter}.
 */
package io.github.cxonesdk.core.waiter;
