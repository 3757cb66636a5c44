/**
 * Query optimisation: {@link io.github.cxonesdk.dashboards.query.QueryOptimizer} takes a
 * {@link io.github.cxonesdk.dashboards.query.QueryDraft} (a widget query plus the work a caller would do in
 * memory) and moves that work to the service, reporting every
 * {@link io.github.cxonesdk.dashboards.query.QueryChange} and what is left for the client.
 */
package io.github.cxonesdk.dashboards.query;
