/**
 * Real-time monitoring dashboards as code.
 *
 * <p>Models ({@link io.github.cxonesdk.dashboards.Dashboard} and its parts) are immutable records with
 * builders whose JSON is exactly the service's; {@link io.github.cxonesdk.dashboards.Dashboards} is the one
 * way to read them from JSON or YAML. {@link io.github.cxonesdk.dashboards.DashboardValidator} checks every
 * server limit and the grid before any request; {@link io.github.cxonesdk.dashboards.DashboardsClient}
 * reads and writes them, and {@link io.github.cxonesdk.dashboards.DashboardConfigurator} runs the whole
 * dashboards-as-code flow. Query optimisation lives in {@code dashboards.query}, webhook subscriptions in
 * {@code dashboards.webhook}.
 */
package io.github.cxonesdk.dashboards;
