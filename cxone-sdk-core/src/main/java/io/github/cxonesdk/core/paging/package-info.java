/**
 * Lazy cursor pagination.
 */
package io.github.cxonesdk.core.paging;
