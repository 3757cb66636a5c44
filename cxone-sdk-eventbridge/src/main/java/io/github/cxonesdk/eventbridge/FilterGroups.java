package io.github.cxonesdk.eventbridge;

import io.github.cxonesdk.core.CxoneHttp;
import io.github.cxonesdk.core.CxoneRequest;
import io.github.cxonesdk.core.exception.BadRequestException;
import io.github.cxonesdk.core.exception.NotFoundException;
import io.github.cxonesdk.core.internal.Checks;
import io.github.cxonesdk.core.internal.ModelBinding;
import io.github.cxonesdk.core.paging.Page;
import io.github.cxonesdk.core.paging.Paged;
import io.github.cxonesdk.eventbridge.internal.Wire;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The filter-group endpoints: add filters to a group, remove one, list the members. A group routes
 * the events its member filters match to one downstream processor. Obtained from
 * {@link FiltersClient#groups()}.
 *
 * <pre>{@code
 * FilterGroups groups = filters.groups();
 * groups.add("grp_downstream_processor_01", List.of(filterId)); // adds; other members stay
 * groups.remove("grp_downstream_processor_01", filterId);       // removes one; 404 if not a member
 * groups.members("grp_downstream_processor_01").stream().forEach(System.out::println);
 * }</pre>
 *
 * <p>Membership changes one step at a time on the service, never by reading the members and
 * replacing the list, so concurrent deployments into one group do not lose each other's filters.
 *
 * <p>This class is immutable and thread-safe. It owns nothing (the {@link CxoneHttp} stays the
 * caller's), so it is not {@link AutoCloseable}.
 */
public final class FilterGroups {
    static final String GROUPS = "/api/v2/event-processing/filter-groups";

    private final CxoneHttp http;

    FilterGroups(CxoneHttp http) {
        this.http = Objects.requireNonNull(http, "http == null");
    }

    /**
     * Adds filters to a filter group in one request; members already there stay, ids already members
     * are no-ops, and a group that does not exist yet is created. The service adds atomically, so
     * concurrent additions of different filters to one group all stay (there is no read-modify-write).
     *
     * @param groupId the group's id
     * @param filterIds the filters to add; at least one
     * @throws NullPointerException if {@code groupId}, {@code filterIds} or an id is {@code null}
     * @throws IllegalArgumentException if {@code filterIds} is empty
     * @throws BadRequestException if an id names no filter
     */
    public void add(String groupId, Collection<String> filterIds) {
        Objects.requireNonNull(groupId, "groupId == null");
        List<String> ids = List.copyOf(Objects.requireNonNull(filterIds, "filterIds == null"));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("filterIds is empty");
        }
        http.execute(CxoneRequest.put(GROUPS + "/{}/filters", groupId).operation("AddFiltersToGroup")
                .body(Map.of("filter_ids", ids)).build(), Void.class);
    }

    /**
     * Removes one filter from a filter group; other members stay.
     *
     * @param groupId the group's id
     * @param filterId the member to remove
     * @throws NullPointerException if an argument is {@code null}
     * @throws NotFoundException if the filter is not a member of the group (or there is no such group)
     */
    public void remove(String groupId, String filterId) {
        Objects.requireNonNull(groupId, "groupId == null");
        Objects.requireNonNull(filterId, "filterId == null");
        http.execute(CxoneRequest.delete(GROUPS + "/{}/filters/{}", groupId, filterId)
                .operation("RemoveFilterFromGroup").build(), Void.class);
    }

    /**
     * Lists the filters of a group, {@value FiltersClient#DEFAULT_PAGE_SIZE} per page, fetching pages lazily.
     *
     * @param groupId the group's id
     * @return the filter ids; pages are fetched as the listing is consumed
     * @throws NullPointerException if {@code groupId} is {@code null}
     * @throws NotFoundException while consuming, if no filter was ever assigned to the group
     */
    public Paged<String> members(String groupId) {
        return members(groupId, FiltersClient.DEFAULT_PAGE_SIZE);
    }

    /**
     * Lists the filters of a group, fetching pages lazily.
     *
     * @param groupId the group's id
     * @param pageSize how many ids to ask for per page, at least 1
     * @return the filter ids; pages are fetched as the listing is consumed
     * @throws NullPointerException if {@code groupId} is {@code null}
     * @throws IllegalArgumentException if {@code pageSize} is below 1
     * @throws NotFoundException while consuming, if no filter was ever assigned to the group
     */
    public Paged<String> members(String groupId, int pageSize) {
        Objects.requireNonNull(groupId, "groupId == null");
        Checks.atLeast(pageSize, 1, "pageSize");
        return Paged.of(cursor -> {
            Wire.MemberPage page = ModelBinding.response(http.execute(
                    CxoneRequest.get(GROUPS + "/{}/filters", groupId).operation("ListGroupFilters")
                            .query("page_size", pageSize).query("cursor", cursor).build(), JsonNode.class).body(),
                    Wire.MemberPage.class, "ListGroupFilters");
            return new Page<>(page.filterIds(), page.nextCursor());
        });
    }
}
