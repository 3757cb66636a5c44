package io.github.cxonesdk.eventbridge;

import java.util.List;

/**
 * What {@link FilterInfrastructure#apply(FilterPlan)} did.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param created the filters created, as read after they became active
 * @param updated the filters updated, as read after they became active
 * @param deletedIds the ids of the filters deleted
 * @param liveIds the ids of every filter the plan covered that exists now (unchanged, updated and
 *                created), sorted; pass them to {@link FilterInfrastructure#live} to plan again
 */
public record FilterApplyResult(List<Filter> created, List<Filter> updated, List<String> deletedIds,
                                List<String> liveIds) {
    /**
     * Copies the lists.
     *
     * @param created the filters created, as read after they became active
     * @param updated the filters updated, as read after they became active
     * @param deletedIds the ids of the filters deleted
     * @param liveIds the ids of every filter the plan covered that exists now (unchanged, updated and
     *     created), sorted; pass them to {@link FilterInfrastructure#live} to plan again
     * @throws NullPointerException if a list or an element is {@code null}
     */
    public FilterApplyResult {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        deletedIds = List.copyOf(deletedIds);
        liveIds = List.copyOf(liveIds);
    }
}
