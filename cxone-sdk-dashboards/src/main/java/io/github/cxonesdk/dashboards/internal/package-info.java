/**
 * Implementation of the dashboards module; not exported, not API.
 */
package io.github.cxonesdk.dashboards.internal;
