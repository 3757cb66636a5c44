/**
 * Real-time monitoring dashboards as code.
 *
 * <p>Models ({@link io.github.cxonesdk.dashboards.Dashboard} and its parts) are immutable records with
 * builders whose JSON is exactly the service's. {@link io.github.cxonesdk.dashboards.DashboardValidator}
 * checks every server limit and the grid before any request;
 * {@link io.github.cxonesdk.dashboards.QueryOptimizer} moves client-side work to the server.
 */
package io.github.cxonesdk.dashboards;
