package io.github.cxonesdk.dashboards.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.cxonesdk.dashboards.Dashboard;
import java.util.List;

/**
 * The wire form of one page of {@code GET /api/v2/dashboards}.
 *
 * @param items the dashboards of the page
 * @param nextCursor the next cursor; absent, {@code null} or empty on the last page
 */
public record DashboardPage(List<Dashboard> items, @JsonProperty("next_cursor") String nextCursor) {
    /**
     * Copies the items; a missing list reads as empty.
     */
    public DashboardPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
